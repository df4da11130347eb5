package org.tagbench.ml.train;

import java.util.List;
import org.tagbench.metrics.Lwlrap;

/**
 * What a cross-validated training produced.
 *
 * @param outOfFold per example (in the order given), the probabilities its fold's best model gave it
 *     while it was held out; rows of folds that did not finish (cancelled) are NaN
 * @param history every epoch of every fold, resumed epochs included
 */
public record TrainingResult(float[][] outOfFold, FoldAssignment assignment, List<FoldOutcome> folds,
        List<EpochReport> history, boolean cancelled) {

    /** lwlrap of the out-of-fold predictions over the examples that have them. */
    public double outOfFoldLwlrap(boolean[][] truth) {
        int rows = 0;
        for (float[] row : outOfFold) {
            rows += Float.isNaN(row[0]) ? 0 : 1;
        }
        boolean[][] keptTruth = new boolean[rows][];
        double[][] keptScores = new double[rows][];
        int next = 0;
        for (int i = 0; i < outOfFold.length; i++) {
            if (!Float.isNaN(outOfFold[i][0])) {
                keptTruth[next] = truth[i];
                keptScores[next++] = toDouble(outOfFold[i]);
            }
        }
        return Lwlrap.compute(keptTruth, keptScores).overall();
    }

    static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
