package org.tagbench.dsp;

import java.util.Arrays;
import java.util.random.RandomGenerator;

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

    /** What fills the columns of a window outside the clip. */
    public enum Padding {
        /** The clip repeated around itself (numpy's "wrap"). */
        WRAP,
        /** The matrix's {@link #minimum} (silence of a log-mel matrix). */
        MINIMUM
    }

    /** Columns [start, start + frames) with the outside filled as {@code padding} says. */
    public static float[][] crop(float[][] melByBand, int start, int frames, Padding padding) {
        if (padding == Padding.MINIMUM || melByBand.length == 0 || melByBand[0].length == 0) {
            return crop(melByBand, start, frames, minimum(melByBand));
        }
        float[][] window = crop(melByBand, start, frames, 0f);
        int length = melByBand[0].length;
        for (int band = 0; band < melByBand.length; band++) {
            for (int t = 0; t < frames; t++) {
                int source = start + t;
                if (source < 0 || source >= length) {
                    window[band][t] = melByBand[band][Math.floorMod(source, length)];
                }
            }
        }
        return window;
    }

    /**
     * A uniformly random start of a window inside the clip; a clip shorter than the window gets {@link #centredStart}.
     * Always draws one {@code nextInt}, so the random stream after it does not depend on the clip's length.
     */
    public static int uniformStart(int clipFrames, int windowFrames, RandomGenerator random) {
        int draw = random.nextInt(Math.max(1, clipFrames - windowFrames + 1));
        return clipFrames < windowFrames ? centredStart(clipFrames, windowFrames) : draw;
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
