package org.tagbench.ml.data;

/**
 * Deterministic fixed-length windows for validation and tiled inference (training crops at random
 * with {@link org.tagbench.ml.augment.RandomCrop}). Frames outside the clip take its minimum.
 */
public final class TimeCrop {
    private TimeCrop() {}

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

    static float minimum(float[][] features) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] row : features) {
            for (float value : row) {
                min = Math.min(min, value);
            }
        }
        return min;
    }

    /** As {@link #center(float[][], int)}, frames outside the clip set to {@code fill} (0 for a waveform). */
    public static float[][] center(float[][] features, int frames, float fill) {
        int length = features[0].length;
        int start = length < frames ? -((frames - length) / 2) : (length - frames) / 2;
        return window(features, start, frames, fill);
    }

    /** As {@link #window(float[][], int, int)}, frames outside the clip set to {@code fill}. */
    public static float[][] window(float[][] features, int start, int frames, float fill) {
        int length = features[0].length;
        float[][] out = new float[features.length][frames];
        for (int m = 0; m < features.length; m++) {
            for (int t = 0; t < frames; t++) {
                int source = start + t;
                out[m][t] = source >= 0 && source < length ? features[m][source] : fill;
            }
        }
        return out;
    }
}
