package org.tagbench.ml.train;

/** One fold of a cross-validation: indices (into the example list) to train on and to validate on. */
public record FoldSplit(int fold, int[] training, int[] validation) {}
