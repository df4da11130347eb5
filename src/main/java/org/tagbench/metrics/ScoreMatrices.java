package org.tagbench.metrics;

/** Shape and value checks shared by the metrics, so every metric refuses bad input with the same words. */
final class ScoreMatrices {
    private ScoreMatrices() {}

    /** Returns the number of classes after checking both matrices are rectangular and of the same shape. */
    static int requireSameShape(boolean[][] truth, double[][] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException(truth.length + " truth rows but " + scores.length + " score rows");
        }
        int classes = truth.length == 0 ? 0 : truth[0].length;
        for (int clip = 0; clip < truth.length; clip++) {
            if (truth[clip].length != classes || scores[clip].length != classes) {
                throw new IllegalArgumentException("clip " + clip + ": " + truth[clip].length + " truth and "
                        + scores[clip].length + " score columns, expected " + classes);
            }
        }
        return classes;
    }

    static void requireSameLength(boolean[] truth, double[] scores) {
        if (truth.length != scores.length) {
            throw new IllegalArgumentException(truth.length + " truth values but " + scores.length + " scores");
        }
    }

    /** NaN has no place in a ranking: refuse it instead of letting it sort somewhere arbitrary. */
    static void requireNoNaN(double[] scores, int clip) {
        int nan = firstNaN(scores);
        if (nan >= 0) {
            throw new IllegalArgumentException("clip " + clip + ": score of class " + nan + " is NaN");
        }
    }

    static void requireNoNaN(double[] scores) {
        int nan = firstNaN(scores);
        if (nan >= 0) {
            throw new IllegalArgumentException("score of class " + nan + " is NaN");
        }
    }

    private static int firstNaN(double[] scores) {
        for (int c = 0; c < scores.length; c++) {
            if (Double.isNaN(scores[c])) {
                return c;
            }
        }
        return -1;
    }

    static int[] positiveClasses(boolean[] truth) {
        int count = 0;
        for (boolean label : truth) {
            if (label) {
                count++;
            }
        }
        int[] positives = new int[count];
        int next = 0;
        for (int c = 0; c < truth.length; c++) {
            if (truth[c]) {
                positives[next++] = c;
            }
        }
        return positives;
    }
}
