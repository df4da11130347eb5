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
        List<Integer> training = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        for (int i = 0; i < foldOfExample.length; i++) {
            (foldOfExample[i] == fold ? validation : training).add(i);
        }
        return new FoldSplit(fold, toArray(training), toArray(validation));
    }

    public List<FoldSplit> splits() {
        List<FoldSplit> splits = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            splits.add(split(fold));
        }
        return splits;
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
