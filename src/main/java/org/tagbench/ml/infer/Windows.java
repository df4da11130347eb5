package org.tagbench.ml.infer;

import java.util.Random;

/** Where to cut fixed-length windows from a clip of {@code length} frames. */
public final class Windows {
    /** The 7th place summed the first 84 of 128 mel rows (the low frequencies) to rate a window. */
    static final double STRENGTH_ROW_SHARE = 84.0 / 128.0;

    private Windows() {}

    /**
     * Starts every {@code step} frames, plus one flush with the end so the tail is covered (8th place:
     * step 48; 1st place: 64). A clip shorter than a window gets one window centred on it.
     */
    public static int[] tileStarts(int length, int frames, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("tile step must be at least 1 frame, got " + step);
        }
        if (length <= frames) {
            return new int[] {-(frames - length) / 2};
        }
        int last = length - frames;
        int count = last / step + 1 + (last % step == 0 ? 0 : 1);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = Math.min(i * step, last);
        }
        return starts;
    }

    /** {@code count} uniformly random starts; a short clip gets the centred window every time. */
    public static int[] randomStarts(int length, int frames, int count, Random random) {
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = length <= frames ? -(frames - length) / 2 : random.nextInt(length - frames + 1);
        }
        return starts;
    }

    /**
     * The 7th place's strength-adaptive crop: start j drawn with probability proportional to
     * {@code S[j] - min S}, where S[j] sums the low {@code 84/128} of the mel rows over window j. The
     * loud part of a clip carries the sound; the weakest window is never drawn unless all are equal.
     */
    public static int[] strengthAdaptiveStarts(float[][] features, int frames, int count, Random random) {
        int length = features[0].length;
        if (length <= frames) {
            return randomStarts(length, frames, count, random);
        }
        double[] weights = windowStrengths(features, frames);
        double min = Double.POSITIVE_INFINITY;
        for (double w : weights) {
            min = Math.min(min, w);
        }
        double total = 0;
        for (int j = 0; j < weights.length; j++) {
            weights[j] -= min;
            total += weights[j];
        }
        if (!(total > 0)) {
            return randomStarts(length, frames, count, random);
        }
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = drawIndex(weights, total, random);
        }
        return starts;
    }

    static double[] windowStrengths(float[][] features, int frames) {
        int rows = Math.max(1, (int) Math.round(features.length * STRENGTH_ROW_SHARE));
        int length = features[0].length;
        double[] columnSums = new double[length];
        for (int m = 0; m < rows; m++) {
            for (int t = 0; t < length; t++) {
                columnSums[t] += features[m][t];
            }
        }
        double[] strengths = new double[length - frames + 1];
        double running = 0;
        for (int t = 0; t < frames; t++) {
            running += columnSums[t];
        }
        strengths[0] = running;
        for (int j = 1; j < strengths.length; j++) {
            running += columnSums[j + frames - 1] - columnSums[j - 1];
            strengths[j] = running;
        }
        return strengths;
    }

    private static int drawIndex(double[] weights, double total, Random random) {
        double target = random.nextDouble() * total;
        double cumulative = 0;
        for (int j = 0; j < weights.length; j++) {
            cumulative += weights[j];
            if (target < cumulative) {
                return j;
            }
        }
        int last = weights.length - 1;
        while (weights[last] == 0) {
            last--;
        }
        return last;
    }
}
