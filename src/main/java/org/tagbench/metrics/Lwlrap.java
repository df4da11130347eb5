package org.tagbench.metrics;

/**
 * Label-weighted label-ranking average precision, the FAT2019 metric (TECHNIQUES §3).
 * Equals scikit-learn's {@code label_ranking_average_precision_score} weighted by labels per clip, ties included;
 * without ties it also equals the official per-class accumulator.
 */
public final class Lwlrap {
    private Lwlrap() {}

    /**
     * @param truth  [clips][classes] true labels; clips without any label are ignored
     * @param scores [clips][classes] scores, higher = more likely; NaN is refused
     */
    public static LwlrapResult compute(boolean[][] truth, double[][] scores) {
        int classes = ScoreMatrices.requireSameShape(truth, scores);
        double[] precisionSum = new double[classes];
        int[] labelCount = new int[classes];
        for (int clip = 0; clip < truth.length; clip++) {
            ScoreMatrices.requireNoNaN(scores[clip], clip);
            int[] labels = ScoreMatrices.positiveClasses(truth[clip]);
            double[] precisions = LabelPrecision.of(labels, scores[clip]);
            for (int i = 0; i < labels.length; i++) {
                precisionSum[labels[i]] += precisions[i];
                labelCount[labels[i]]++;
            }
        }
        return summarize(precisionSum, labelCount);
    }

    /**
     * Label-ranking average precision of one clip's labels (TECHNIQUES §3.4), used to judge how well a model agrees
     * with possibly noisy labels. Same tie rule as {@link #compute}.
     *
     * @return the mean precision over the clip's labels, NaN when the clip has no label
     */
    public static double clipLrap(boolean[] truth, double[] scores) {
        ScoreMatrices.requireSameLength(truth, scores);
        ScoreMatrices.requireNoNaN(scores);
        int[] labels = ScoreMatrices.positiveClasses(truth);
        if (labels.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double precision : LabelPrecision.of(labels, scores)) {
            sum += precision;
        }
        return sum / labels.length;
    }

    private static LwlrapResult summarize(double[] precisionSum, int[] labelCount) {
        int classes = labelCount.length;
        long totalLabels = 0;
        double totalPrecision = 0;
        for (int c = 0; c < classes; c++) {
            totalLabels += labelCount[c];
            totalPrecision += precisionSum[c];
        }
        double[] perClass = new double[classes];
        double[] classWeight = new double[classes];
        for (int c = 0; c < classes; c++) {
            perClass[c] = labelCount[c] == 0 ? 0 : precisionSum[c] / labelCount[c];
            classWeight[c] = totalLabels == 0 ? 0 : (double) labelCount[c] / totalLabels;
        }
        double overall = totalLabels == 0 ? Double.NaN : totalPrecision / totalLabels;
        return new LwlrapResult(overall, perClass, classWeight);
    }
}
