package org.tagbench.ml.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Iterative stratification for multi-label data (Sechidis, Tsoumakas and Vlahavas, 2011): folds
 * keep every class's share close to 1/k, rare classes included, where a random split can leave a
 * rare class out of a fold's validation set entirely.
 *
 * <p>The rarest remaining class is handed out first, each of its examples going to the fold that
 * still wants most of that class (ties: the fold that wants most examples overall, then random).
 */
public final class MultilabelStratifiedKFold {
    private MultilabelStratifiedKFold() {}

    public static FoldAssignment assign(boolean[][] labels, int folds, long seed) {
        if (labels.length < folds) {
            throw new IllegalArgumentException(labels.length + " examples cannot fill " + folds + " folds");
        }
        int classes = labels.length == 0 ? 0 : labels[0].length;
        Random random = new Random(seed);
        double[] wantedExamples = new double[folds];
        double[][] wantedPerClass = new double[classes][folds];
        int[] remainingPerClass = new int[classes];
        for (boolean[] row : labels) {
            for (int c = 0; c < classes; c++) {
                remainingPerClass[c] += row[c] ? 1 : 0;
            }
        }
        for (int f = 0; f < folds; f++) {
            wantedExamples[f] = (double) labels.length / folds;
            for (int c = 0; c < classes; c++) {
                wantedPerClass[c][f] = (double) remainingPerClass[c] / folds;
            }
        }
        int[] foldOf = new int[labels.length];
        java.util.Arrays.fill(foldOf, -1);
        int unassigned = labels.length;
        while (unassigned > 0) {
            int rarest = rarestRemainingClass(remainingPerClass, random);
            List<Integer> candidates = rarest < 0 ? unassignedExamples(foldOf) : unassignedWith(labels, foldOf, rarest);
            java.util.Collections.shuffle(candidates, random);
            for (int example : candidates) {
                int fold = rarest < 0 ? mostWanted(wantedExamples, null, random)
                        : mostWanted(wantedPerClass[rarest], wantedExamples, random);
                foldOf[example] = fold;
                unassigned--;
                wantedExamples[fold]--;
                for (int c = 0; c < classes; c++) {
                    if (labels[example][c]) {
                        wantedPerClass[c][fold]--;
                        remainingPerClass[c]--;
                    }
                }
            }
        }
        return new FoldAssignment(folds, seed, foldOf);
    }

    private static int rarestRemainingClass(int[] remaining, Random random) {
        int best = -1;
        int ties = 0;
        for (int c = 0; c < remaining.length; c++) {
            if (remaining[c] == 0) {
                continue;
            }
            if (best < 0 || remaining[c] < remaining[best]) {
                best = c;
                ties = 1;
            } else if (remaining[c] == remaining[best] && random.nextInt(++ties) == 0) {
                best = c;
            }
        }
        return best;
    }

    /** The fold with the largest {@code primary} want; ties broken by {@code secondary}, then at random. */
    private static int mostWanted(double[] primary, double[] secondary, Random random) {
        int best = 0;
        int ties = 1;
        for (int f = 1; f < primary.length; f++) {
            int order = compare(primary, secondary, f, best);
            if (order > 0) {
                best = f;
                ties = 1;
            } else if (order == 0 && random.nextInt(++ties) == 0) {
                best = f;
            }
        }
        return best;
    }

    private static int compare(double[] primary, double[] secondary, int a, int b) {
        int order = Double.compare(primary[a], primary[b]);
        if (order != 0 || secondary == null) {
            return order;
        }
        return Double.compare(secondary[a], secondary[b]);
    }

    private static List<Integer> unassignedWith(boolean[][] labels, int[] foldOf, int label) {
        List<Integer> examples = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (foldOf[i] < 0 && labels[i][label]) {
                examples.add(i);
            }
        }
        return examples;
    }

    private static List<Integer> unassignedExamples(int[] foldOf) {
        List<Integer> examples = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            if (foldOf[i] < 0) {
                examples.add(i);
            }
        }
        return examples;
    }
}
