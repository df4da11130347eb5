package org.tagbench.dsp;

import java.util.Arrays;

/** Cutting fixed-length time windows out of a [bands][frames] matrix, padding where a window leaves the clip. */
public final class TimeCrop {

    private TimeCrop() {}

    /**
     * Columns [start, start + frames) of every band; columns before 0 or past the end are {@code padValue}
     * (for a log-mel matrix, its minimum, the value of silence).
     */
    public static float[][] crop(float[][] melByBand, int start, int frames, float padValue) {
        if (frames <= 0) {
            throw new IllegalArgumentException("frames must be positive, got " + frames);
        }
        float[][] window = new float[melByBand.length][frames];
        for (int band = 0; band < melByBand.length; band++) {
            float[] source = melByBand[band];
            float[] target = window[band];
            int from = Math.max(0, start);
            int to = Math.min(source.length, start + frames);
            Arrays.fill(target, padValue);
            if (from < to) {
                System.arraycopy(source, from, target, from - start, to - from);
            }
        }
        return window;
    }

    /** The start of the one window of a clip shorter than it, centred with the smaller half of the padding first. */
    public static int centredStart(int clipFrames, int windowFrames) {
        return -((windowFrames - clipFrames) / 2);
    }

    /** Smallest value of the matrix (the silence level of a log-mel matrix), 0 for an empty one. */
    public static float minimum(float[][] melByBand) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] band : melByBand) {
            for (float value : band) {
                min = Math.min(min, value);
            }
        }
        return min == Float.POSITIVE_INFINITY ? 0f : min;
    }
}
