package org.tagbench.ml.data;

/**
 * Per-clip standardisation of a log-mel matrix, (x - mean) / std over the whole clip, as the 7th and 8th places did
 * before cropping (their "mono_to_color"). It makes the network indifferent to recording level and keeps the first
 * layer's activations in range, so BatchNorm's running statistics are right from the first epochs. Training batches
 * and inference both go through it.
 */
public final class ClipStandardizer {
    private static final double MIN_STD = 1e-3;

    private ClipStandardizer() {}

    public static float[][] standardize(float[][] features) {
        double sum = 0;
        long count = 0;
        for (float[] row : features) {
            for (float value : row) {
                sum += value;
            }
            count += row.length;
        }
        if (count == 0) {
            return features;
        }
        double mean = sum / count;
        double squares = 0;
        for (float[] row : features) {
            for (float value : row) {
                squares += (value - mean) * (value - mean);
            }
        }
        double scale = 1 / Math.max(MIN_STD, Math.sqrt(squares / count));
        float[][] out = new float[features.length][];
        for (int m = 0; m < features.length; m++) {
            out[m] = new float[features[m].length];
            for (int t = 0; t < features[m].length; t++) {
                out[m][t] = (float) ((features[m][t] - mean) * scale);
            }
        }
        return out;
    }
}
