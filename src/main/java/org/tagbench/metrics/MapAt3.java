package org.tagbench.metrics;

/**
 * Mean average precision at 3, the 2018 competition metric (TECHNIQUES §2.4): per clip 1/rank of the true label
 * when it ranks 1st to 3rd, else 0, averaged over clips.
 *
 * <p>Several true labels: the best-ranked one counts (the first match of the ranked list).
 * Ties: resolved in the worst order for the clip, that is, a tied class that is not a true label counts as ranked
 * above the true ones. This is the spirit of lwlrap's scikit-learn rule: constant scores earn nothing, and the
 * result never depends on class order. A 2018 submission file has no ties in its top 3, so reading one back
 * (scores 3, 2, 1) gives exactly the Kaggle value.
 */
public final class MapAt3 {
    public static final int DEPTH = 3;

    private MapAt3() {}

    /**
     * @param truth  [clips][classes] true labels; clips without any label are ignored
     * @param scores [clips][classes] scores, higher = more likely; NaN is refused
     * @return the mean over labelled clips, NaN when no clip has a label
     */
    public static double compute(boolean[][] truth, double[][] scores) {
        ScoreMatrices.requireSameShape(truth, scores);
        double sum = 0;
        int labelledClips = 0;
        for (int clip = 0; clip < truth.length; clip++) {
            ScoreMatrices.requireNoNaN(scores[clip], clip);
            int rank = bestLabelRank(truth[clip], scores[clip]);
            if (rank == 0) {
                continue;
            }
            labelledClips++;
            if (rank <= DEPTH) {
                sum += 1.0 / rank;
            }
        }
        return labelledClips == 0 ? Double.NaN : sum / labelledClips;
    }

    /** 1-based rank of the best true label with ties resolved against it; 0 when the clip has no label. */
    private static int bestLabelRank(boolean[] truth, double[] scores) {
        double best = Double.NEGATIVE_INFINITY;
        boolean labelled = false;
        for (int c = 0; c < truth.length; c++) {
            if (truth[c] && (!labelled || scores[c] > best)) {
                best = scores[c];
                labelled = true;
            }
        }
        if (!labelled) {
            return 0;
        }
        int above = 0;
        for (int c = 0; c < truth.length; c++) {
            if (scores[c] > best || (scores[c] == best && !truth[c])) {
                above++;
            }
        }
        return above + 1;
    }
}
