package org.tagbench.metrics;

/** Ordering of a clip's classes by score, for top-k outputs such as the 2018 submission's three labels. */
public final class Ranking {
    private Ranking() {}

    /**
     * Indices of the {@code k} highest scores, best first; equal scores keep class order (stable), so the result
     * is reproducible. Returns fewer than {@code k} indices when there are fewer classes. NaN is refused.
     */
    public static int[] topIndices(double[] scores, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        ScoreMatrices.requireNoNaN(scores);
        int[] top = new int[Math.min(k, scores.length)];
        int filled = 0;
        for (int c = 0; c < scores.length; c++) {
            int position = filled;
            // strictly greater: an equal score stays behind the earlier class
            while (position > 0 && scores[c] > scores[top[position - 1]]) {
                position--;
            }
            if (position < top.length) {
                int moved = Math.min(filled, top.length - 1) - position;
                System.arraycopy(top, position, top, position + 1, moved);
                top[position] = c;
                filled = Math.min(filled + 1, top.length);
            }
        }
        return top;
    }
}
