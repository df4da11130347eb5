package org.tagbench.ml.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Which fold validates each example, as plain data so the caller can store it and a later run
 * (resume, pseudo-label rounds) reuses the very same split.
 */
public record FoldAssignment(int folds, long seed, int[] foldOfExample) {

    public FoldAssignment {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        for (int fold : foldOfExample) {
            if (fold < 0 || fold >= folds) {
                throw new IllegalArgumentException("fold " + fold + " is outside 0.." + (folds - 1));
            }
        }
        foldOfExample = foldOfExample.clone();
    }

    @Override
    public int[] foldOfExample() {
        return foldOfExample.clone();
    }

    public int examples() {
        return foldOfExample.length;
    }

    public FoldSplit split(int fold) {
        return split(fold, new int[0]);
    }

    /**
     * The split of {@code fold} over the examples followed by training-only copies: copy j (index
     * {@code examples() + j}) of example {@code originalOfCopy[j]} trains wherever its original trains and is never
     * validated, so no fold validates on a clip whose copy it trained on, and out-of-fold predictions are originals'.
     */
    public FoldSplit split(int fold, int[] originalOfCopy) {
        List<Integer> training = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i = 0; i < foldOfExample.length; i++) {
            (foldOfExample[i] == fold ? validation : training).add(i);
        }
        for (int copy = 0; copy < originalOfCopy.length; copy++) {
            if (foldOfExample[originalOfCopy[copy]] != fold) {
                training.add(foldOfExample.length + copy);
            }
        }
        return new FoldSplit(fold, toArray(training), toArray(validation));
    }

    public List<FoldSplit> splits() {
        return splits(new int[0]);
    }

    /** Every fold's {@link #split(int, int[])}. */
    public List<FoldSplit> splits(int[] originalOfCopy) {
        List<FoldSplit> splits = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            splits.add(split(fold, originalOfCopy));
        }
        return splits;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
