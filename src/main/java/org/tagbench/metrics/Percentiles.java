package org.tagbench.metrics;

/**
 * The one place percentiles are computed. Summaries of measurements (latencies, frame gaps) and score thresholds use
 * the nearest rank: the smallest value with at least p % of the values at or below it. It is always a value that
 * occurred (a p99 frame gap is a frame that was seen, a threshold is a score a clip had), it needs no assumption
 * about what lies between two samples, and it is defined for any count from one. {@link #linear} exists only to
 * reproduce numpy's default where a published feature set is defined with it ({@code dsp/GlobalFeatures}).
 */
public final class Percentiles {
    private Percentiles() {}

    /** The nearest-rank percentile of ascending values, {@code percent} in [0, 100]; the median is {@code percent = 50}. */
    public static double nearestRank(double[] sorted, double percent) {
        requireValues(sorted.length);
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** numpy.percentile's default ('linear'): interpolate at position p/100 · (n − 1) of the ascending values. */
    public static double linear(float[] sorted, double percent) {
        requireValues(sorted.length);
        double position = percent / 100.0 * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        double fraction = position - lower;
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
    }

    private static void requireValues(int count) {
        if (count == 0) {
            throw new IllegalArgumentException("percentile of no values");
        }
    }
}
