package org.tagbench.ui.timeline;

import java.util.SplittableRandom;
import org.tagbench.dsp.StrengthAdaptiveCrop;
import org.tagbench.dsp.TileGrid;

/**
 * What the crop overlay draws for one clip: the 7th place's window strengths and crop starts sampled from them
 * ({@link StrengthAdaptiveCrop} on the clip's decibels, as that solution fed dB-scaled images), and the inference
 * tiles of the 1st place (256 frames every 64) or the 8th place (128 frames every 48).
 */
public final class CropOverlay {
    private final StrengthAdaptiveCrop crop;

    private CropOverlay(StrengthAdaptiveCrop crop) {
        this.crop = crop;
    }

    /** Needs a complete spectrogram. */
    public static CropOverlay of(ClipSpectrogram spectrogram) {
        return new CropOverlay(StrengthAdaptiveCrop.seventhPlace(spectrogram.decibels()));
    }

    public int width() {
        return crop.cropFrames();
    }

    /** The frame each strength belongs to: candidate i starts at {@code firstStart() + i}. */
    public int firstStart() {
        return crop.start(0);
    }

    /** Strength of each candidate start, scaled to [0, 1] (weakest 0, strongest 1). */
    public double[] normalisedStrengths() {
        double[] strengths = crop.strengths();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double strength : strengths) {
            min = Math.min(min, strength);
            max = Math.max(max, strength);
        }
        double range = max - min;
        for (int i = 0; i < strengths.length; i++) {
            strengths[i] = range > 0 ? (strengths[i] - min) / range : 1;
        }
        return strengths;
    }

    /** {@code count} crop starts; the same seed gives the same starts. */
    public int[] sampleStarts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] starts = new int[count];
        for (int k = 0; k < count; k++) {
            starts[k] = crop.sampleStart(random);
        }
        return starts;
    }

    /** The tile grid a step stands for: 64 is the 1st place's, 48 the 8th place's. */
    public static TileGrid tileGrid(int step) {
        return step == 48 ? TileGrid.eighthPlace() : TileGrid.firstPlace();
    }
}
