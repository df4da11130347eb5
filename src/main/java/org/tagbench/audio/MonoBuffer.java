package org.tagbench.audio;

import java.util.Arrays;

import static org.tagbench.audio.AudioDecodeException.Reason.UNSUPPORTED_CODEC;

/** A growing array of mono samples for decoders that learn the length as they go (FLAC, Vorbis). */
final class MonoBuffer {

    /** The longest array the JVM reliably allocates. */
    static final int MAX_SAMPLES = Integer.MAX_VALUE - 8;
    private static final int MAX_INITIAL_CAPACITY = 1 << 24;
    /** No codec here stores more than this many samples per byte, save for silence, which just grows the buffer. */
    private static final int MAX_EXPECTED_SAMPLES_PER_BYTE = 16;

    private final ClipFile clip;
    private float[] samples;
    private int size;

    /** @param expectedLength what the header promises, used only as a first guess capped by the file size */
    MonoBuffer(ClipFile clip, long expectedLength) {
        this.clip = clip;
        long plausible = Math.min(expectedLength, clip.size() * MAX_EXPECTED_SAMPLES_PER_BYTE);
        this.samples = new float[(int) Math.max(1024, Math.min(plausible, MAX_INITIAL_CAPACITY))];
    }

    int size() {
        return size;
    }

    /** Room for {@code count} more samples, written by the caller from {@link #array()} at {@link #size()}. */
    float[] reserve(int count) throws AudioDecodeException {
        long needed = (long) size + count;
        if (needed > samples.length) {
            long grown = Math.max(needed, Math.min((long) samples.length * 2, MAX_SAMPLES));
            samples = Arrays.copyOf(samples, checkedLength(clip, grown));
        }
        return samples;
    }

    void commit(int count) {
        size += count;
    }

    /** The first {@code length} samples (at most {@link #size()}), trimmed to size. */
    float[] toArray(int length) {
        int kept = Math.min(length, size);
        return samples.length == kept ? samples : Arrays.copyOf(samples, kept);
    }

    /** {@code length} samples from {@code from}, within what was committed. */
    float[] copyRange(int from, int length) {
        int end = Math.min(size, from + length);
        return from == 0 && end == samples.length ? samples : Arrays.copyOfRange(samples, from, end);
    }

    static int checkedLength(ClipFile clip, long frames) throws AudioDecodeException {
        if (frames > MAX_SAMPLES) {
            throw clip.failure(UNSUPPORTED_CODEC, "the clip has " + frames
                    + " frames, more than the " + MAX_SAMPLES + " one decoded array can hold");
        }
        return (int) frames;
    }
}
