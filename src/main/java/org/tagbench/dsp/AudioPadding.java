package org.tagbench.dsp;

/**
 * Zero padding of short clips, centred as {@code np.pad(y, (offset, rest))} with offset = padding // 2: the 7th and
 * 8th places pad trimmed clips to 2 s, the 1st place clips under 0.5 s to 0.5 s.
 */
public final class AudioPadding {

    private AudioPadding() {}

    /** The clip itself when it has at least minLength samples, otherwise a centred zero-padded copy of minLength. */
    public static float[] centre(float[] samples, int minLength) {
        if (samples.length >= minLength) {
            return samples;
        }
        float[] padded = new float[minLength];
        System.arraycopy(samples, 0, padded, (minLength - samples.length) / 2, samples.length);
        return padded;
    }
}
