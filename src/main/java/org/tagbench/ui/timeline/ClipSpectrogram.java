package org.tagbench.ui.timeline;

import java.util.BitSet;
import org.tagbench.dsp.MelConfig;

/**
 * The decibel mel matrix of one clip for one preset, filled chunk by chunk by a background job while the view
 * paints whatever chunks are ready. Chunks are written once and never change, so readers need no lock beyond
 * the visibility that {@link #isReady(int)} gives.
 */
public final class ClipSpectrogram {
    public static final int CHUNK_FRAMES = 256;

    private final MelConfig config;
    private final float[][] decibels;
    private final int frames;
    private final BitSet ready = new BitSet();

    public ClipSpectrogram(MelConfig config, int frames) {
        this.config = config;
        this.frames = frames;
        this.decibels = new float[config.nMels()][frames];
    }

    public MelConfig config() {
        return config;
    }

    public int frames() {
        return frames;
    }

    public int bands() {
        return decibels.length;
    }

    public int chunks() {
        return (frames + CHUNK_FRAMES - 1) / CHUNK_FRAMES;
    }

    public int chunkStart(int chunk) {
        return chunk * CHUNK_FRAMES;
    }

    public int chunkWidth(int chunk) {
        return Math.min(CHUNK_FRAMES, frames - chunkStart(chunk));
    }

    public int chunkOfFrame(int frame) {
        return Math.max(0, Math.min(chunks() - 1, frame / CHUNK_FRAMES));
    }

    /** Stores a computed chunk ([band][frame within chunk]) and marks it ready. */
    public void fill(int chunk, float[][] chunkDecibels) {
        int start = chunkStart(chunk);
        for (int band = 0; band < decibels.length; band++) {
            System.arraycopy(chunkDecibels[band], 0, decibels[band], start, chunkWidth(chunk));
        }
        synchronized (ready) {
            ready.set(chunk);
        }
    }

    public boolean isReady(int chunk) {
        synchronized (ready) {
            return ready.get(chunk);
        }
    }

    public boolean isComplete() {
        synchronized (ready) {
            return ready.cardinality() == chunks();
        }
    }

    public float value(int band, int frame) {
        return decibels[band][frame];
    }

    /** A band's row (shared, read-only for callers). */
    float[] band(int band) {
        return decibels[band];
    }

    /** The whole matrix [band][frame] (shared, read-only for callers; complete only once {@link #isComplete()}). */
    float[][] decibels() {
        return decibels;
    }

    public double secondsPerFrame() {
        return config.secondsPerFrame();
    }
}
