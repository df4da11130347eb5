package org.tagbench.ml.data;

import java.util.Random;

/**
 * Brings a spectrogram to a fixed number of frames so clips of any length batch together.
 *
 * <p>Short clips are padded, split evenly on both sides, either by repeating the clip or with its
 * minimum value (the 1st place chose one of the two at random per sample); long clips are cropped
 * at a random start for training or at the centre for validation.
 */
public final class TimeCrop {
    private TimeCrop() {}

    /** Random start; short clips are padded by wrapping or with the minimum, half the time each. */
    public static float[][] random(float[][] features, int frames, Random random) {
        int length = features[0].length;
        if (length < frames) {
            return random.nextBoolean() ? padWrap(features, frames) : padMinimum(features, frames);
        }
        return window(features, random.nextInt(length - frames + 1), frames);
    }

    /** Deterministic: centre window, short clips padded with the minimum. */
    public static float[][] center(float[][] features, int frames) {
        int length = features[0].length;
        if (length < frames) {
            return padMinimum(features, frames);
        }
        return window(features, (length - frames) / 2, frames);
    }

    /** Frames {@code [start, start + frames)}; parts outside the clip are filled with its minimum. */
    public static float[][] window(float[][] features, int start, int frames) {
        int length = features[0].length;
        float fill = minimum(features);
        float[][] out = new float[features.length][frames];
        for (int m = 0; m < features.length; m++) {
            for (int t = 0; t < frames; t++) {
                int source = start + t;
                out[m][t] = source >= 0 && source < length ? features[m][source] : fill;
            }
        }
        return out;
    }

    static float[][] padMinimum(float[][] features, int frames) {
        int left = (frames - features[0].length) / 2;
        return window(features, -left, frames);
    }

    static float[][] padWrap(float[][] features, int frames) {
        int length = features[0].length;
        int left = (frames - length) / 2;
        float[][] out = new float[features.length][frames];
        for (int m = 0; m < features.length; m++) {
            for (int t = 0; t < frames; t++) {
                out[m][t] = features[m][Math.floorMod(t - left, length)];
            }
        }
        return out;
    }

    static float minimum(float[][] features) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] row : features) {
            for (float value : row) {
                min = Math.min(min, value);
            }
        }
        return min;
    }
}
