package org.tagbench.metrics;

import java.util.Arrays;

/**
 * Scores of how much a clip's given (possibly noisy) labels agree with out-of-fold model scores. Lower = more likely
 * wrong. Two families: the ranking agreement the 3rd place used to select noisy clips (TECHNIQUES §3.4), and
 * cleanlab's multi-label self-confidence aggregated by an exponential moving average (PEERS §4.2).
 */
public final class LabelQuality {
    /** cleanlab's default smoothing for the per-clip aggregate. */
    public static final double CLEANLAB_ALPHA = 0.8;

    private LabelQuality() {}

    /**
     * Per given label: the precision of the clip's ranked classes truncated at that label (lwlrap's Prec(s,c), ties
     * pessimistic). A label the model ranks below many non-labels scores low. NaN for classes not given.
     */
    public static double[] rankPrecisionPerLabel(boolean[] given, double[] scores) {
        ScoreMatrices.requireSameLength(given, scores);
        ScoreMatrices.requireNoNaN(scores);
        int[] labels = ScoreMatrices.positiveClasses(given);
        double[] perClass = new double[given.length];
        Arrays.fill(perClass, Double.NaN);
        double[] precisions = LabelPrecision.of(labels, scores);
        for (int i = 0; i < labels.length; i++) {
            perClass[labels[i]] = precisions[i];
        }
        return perClass;
    }

    /** cleanlab's per-class self-confidence: p when the label is given, 1 - p when it is not. */
    public static double selfConfidence(boolean given, double probability) {
        return given ? probability : 1 - probability;
    }

    /**
     * cleanlab's per-clip label quality: the self-confidences of all classes sorted descending and smoothed by an
     * exponential moving average; the value after the last (worst) one is returned.
     */
    public static double cleanlabClipScore(boolean[] given, double[] probabilities, double alpha) {
        ScoreMatrices.requireSameLength(given, probabilities);
        ScoreMatrices.requireNoNaN(probabilities);
        double[] confidences = new double[given.length];
        for (int c = 0; c < given.length; c++) {
            confidences[c] = selfConfidence(given[c], probabilities[c]);
        }
        Arrays.sort(confidences);
        double average = confidences[confidences.length - 1];
        for (int i = confidences.length - 2; i >= 0; i--) {
            average = alpha * confidences[i] + (1 - alpha) * average;
        }
        return average;
    }
}
