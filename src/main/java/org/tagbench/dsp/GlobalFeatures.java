package org.tagbench.dsp;

import java.util.Arrays;
import java.util.List;
import org.tagbench.metrics.Percentiles;

/**
 * The 2nd place's "global features" (TECHNIQUES 4.2): the untrimmed waveform in 128 steps of stride = length / 128,
 * step k summarised over [k·stride − stride/2, k·stride + 1.5·stride) clipped to the signal, by 12 statistics:
 * mean, standard deviation (population), max − min and the percentiles 0, 1, 25, 30, 50, 60, 75, 99, 100
 * (numpy's linear interpolation). The network also takes the clip length / 441,000 ({@link #lengthFeature}).
 */
public final class GlobalFeatures {

    public static final int STEPS = 128;
    public static final List<String> STATISTICS = List.of("mean", "std", "range", "p0", "p1", "p25", "p30", "p50",
            "p60", "p75", "p99", "p100");
    private static final double[] PERCENTILES = {0, 1, 25, 30, 50, 60, 75, 99, 100};
    private static final double LENGTH_SCALE = 441_000.0;

    private GlobalFeatures() {}

    /** [128 steps][12 statistics]; all zeros for an empty signal. */
    public static float[][] compute(float[] samples) {
        float[][] features = new float[STEPS][STATISTICS.size()];
        if (samples.length == 0) {
            return features;
        }
        double stride = (double) samples.length / STEPS;
        for (int step = 0; step < STEPS; step++) {
            int from = (int) Math.max(0, Math.floor(step * stride - stride / 2));
            int to = (int) Math.min(samples.length, Math.floor(step * stride + 1.5 * stride));
            to = Math.max(to, Math.min(samples.length, from + 1));
            from = Math.min(from, to - 1);
            describe(Arrays.copyOfRange(samples, from, to), features[step]);
        }
        return features;
    }

    /** Values of {@link #input}: the statistics, then the length. */
    public static final int INPUT_SIZE = STEPS * STATISTICS.size() + 1;

    /**
     * The network's second input as one vector: {@link #compute} row by row ({@code [step][statistic]}), then
     * {@link #lengthFeature}.
     */
    public static float[] input(float[] samples) {
        float[] input = new float[INPUT_SIZE];
        float[][] features = compute(samples);
        for (int step = 0; step < STEPS; step++) {
            System.arraycopy(features[step], 0, input, step * features[step].length, features[step].length);
        }
        input[INPUT_SIZE - 1] = lengthFeature(samples);
        return input;
    }

    /** Clip length in samples / 441,000 (10 s at 44.1 kHz), the model's extra scalar input. */
    public static float lengthFeature(float[] samples) {
        return (float) (samples.length / LENGTH_SCALE);
    }

    private static void describe(float[] window, float[] out) {
        double sum = 0;
        for (float value : window) {
            sum += value;
        }
        double mean = sum / window.length;
        double squares = 0;
        for (float value : window) {
            squares += (value - mean) * (value - mean);
        }
        Arrays.sort(window);
        out[0] = (float) mean;
        out[1] = (float) Math.sqrt(squares / window.length);
        out[2] = window[window.length - 1] - window[0];
        for (int p = 0; p < PERCENTILES.length; p++) {
            out[3 + p] = (float) Percentiles.linear(window, PERCENTILES[p]);
        }
    }

}
