package org.tagbench.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How well a ranking of suspects finds the real errors: average precision (the area under the precision-recall
 * curve as scikit-learn's average_precision_score computes it, ties pessimistic) and precision at k.
 */
public final class DetectionQuality {
    private DetectionQuality() {}

    /**
     * @param suspicion higher = more likely an error
     * @param isError   the truth for each item
     * @return average precision over the true errors; NaN when there is none
     */
    public static double averagePrecision(double[] suspicion, boolean[] isError) {
        requireSameLength(suspicion, isError);
        double sum = 0;
        int errors = 0;
        for (int i = 0; i < isError.length; i++) {
            if (!isError[i]) {
                continue;
            }
            errors++;
            int rank = 0;
            int hits = 0;
            for (int j = 0; j < suspicion.length; j++) {
                if (suspicion[j] >= suspicion[i]) {
                    rank++;
                    hits += isError[j] ? 1 : 0;
                }
            }
            sum += (double) hits / rank;
        }
        return errors == 0 ? Double.NaN : sum / errors;
    }

    /** Fraction of errors among the {@code k} most suspicious items (ties broken by input order). */
    public static double precisionAt(int k, double[] suspicion, boolean[] isError) {
        requireSameLength(suspicion, isError);
        int take = Math.min(k, suspicion.length);
        if (take <= 0) {
            return Double.NaN;
        }
        int[] order = IntStream.range(0, suspicion.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -suspicion[i]))
                .mapToInt(Integer::intValue).toArray();
        long hits = Arrays.stream(order, 0, take).filter(i -> isError[i]).count();
        return (double) hits / take;
    }

    private static void requireSameLength(double[] suspicion, boolean[] isError) {
        if (suspicion.length != isError.length) {
            throw new IllegalArgumentException(suspicion.length + " scores for " + isError.length + " truth values");
        }
    }
}
