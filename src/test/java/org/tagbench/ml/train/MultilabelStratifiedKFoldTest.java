package org.tagbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MultilabelStratifiedKFoldTest {
    private static final int FOLDS = 5;

    /** 400 clips over 20 classes with a long tail (class c has about 60/(c+1) positives), some unlabelled. */
    static boolean[][] longTailLabels(long seed) {
        Random random = new Random(seed);
        boolean[][] labels = new boolean[400][20];
        for (boolean[] row : labels) {
            for (int c = 0; c < 20; c++) {
                row[c] = random.nextDouble() < 0.15 / (c + 1);
            }
        }
        return labels;
    }

    @Test
    void everyExampleIsValidatedExactlyOnceAndFoldsAreEvenlySized() {
        boolean[][] labels = longTailLabels(1);
        FoldAssignment assignment = MultilabelStratifiedKFold.assign(labels, FOLDS, 7);
        int[] seen = new int[labels.length];
        for (FoldSplit split : assignment.splits()) {
            assertEquals(labels.length, split.training().length + split.validation().length);
            assertTrue(Math.abs(split.validation().length - labels.length / FOLDS) <= 3,
                    "fold " + split.fold() + " holds " + split.validation().length);
            for (int index : split.validation()) {
                seen[index]++;
            }
        }
        for (int count : seen) {
            assertEquals(1, count);
        }
    }

    @Test
    void keepsPerClassProportionsFarBetterThanARandomSplit() {
        boolean[][] labels = longTailLabels(2);
        double stratified = meanProportionError(labels, MultilabelStratifiedKFold.assign(labels, FOLDS, 3).foldOfExample());
        double randomError = 0;
        for (long seed = 0; seed < 5; seed++) {
            randomError += meanProportionError(labels, randomFolds(labels.length, seed)) / 5;
        }
        // a class with p positives cannot do better than integer counts around p/k; iterative
        // stratification should come close to that floor, while a random split is far off
        assertTrue(stratified < 0.35 * randomError, "stratified " + stratified + " vs random " + randomError);
    }

    @Test
    void sameSeedSameFoldsOtherSeedOtherFolds() {
        boolean[][] labels = longTailLabels(3);
        int[] first = MultilabelStratifiedKFold.assign(labels, FOLDS, 11).foldOfExample();
        assertArrayEquals(first, MultilabelStratifiedKFold.assign(labels, FOLDS, 11).foldOfExample());
        assertFalse(java.util.Arrays.equals(first, MultilabelStratifiedKFold.assign(labels, FOLDS, 12).foldOfExample()));
    }

    /** Mean over classes and folds of |positives of the class in the fold - positives / k|, in examples. */
    private static double meanProportionError(boolean[][] labels, int[] foldOf) {
        int classes = labels[0].length;
        double total = 0;
        int terms = 0;
        for (int c = 0; c < classes; c++) {
            int[] perFold = new int[FOLDS];
            int positives = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i][c]) {
                    perFold[foldOf[i]]++;
                    positives++;
                }
            }
            if (positives == 0) {
                continue;
            }
            for (int f = 0; f < FOLDS; f++) {
                total += Math.abs(perFold[f] - (double) positives / FOLDS);
                terms++;
            }
        }
        return total / terms;
    }

    private static int[] randomFolds(int size, long seed) {
        Random random = new Random(seed);
        int[] folds = new int[size];
        for (int i = 0; i < size; i++) {
            folds[i] = i % FOLDS;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = folds[i];
            folds[i] = folds[j];
            folds[j] = swap;
        }
        return folds;
    }
}
