package org.tagbench.metrics;

import java.util.Arrays;

/**
 * Precision of a clip's ranked class list truncated at each of its true labels (TECHNIQUES §3.1), with
 * scikit-learn's tie rule: the rank of a label counts every class scoring at least as high, itself included,
 * so a tied class counts as ranked above (pessimistic). Sorting once makes it O(C log C) per clip.
 */
final class LabelPrecision {
    private LabelPrecision() {}

    /** Returns, for each entry of {@code labels}, hits at or above its score divided by its rank. */
    static double[] of(int[] labels, double[] scores) {
        double[] allSorted = scores.clone();
        Arrays.sort(allSorted);
        double[] labelSorted = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labelSorted[i] = scores[labels[i]];
        }
        Arrays.sort(labelSorted);
        double[] precisions = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            double score = scores[labels[i]];
            int rank = countAtLeast(allSorted, score);
            int hits = countAtLeast(labelSorted, score);
            precisions[i] = (double) hits / rank;
        }
        return precisions;
    }

    /** Number of values {@code >= threshold} in an ascending array (numeric comparison, so -0.0 equals 0.0). */
    private static int countAtLeast(double[] ascending, double threshold) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < threshold) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return ascending.length - low;
    }
}
