package org.tagbench.metrics;

/**
 * Label-weighted label-ranking average precision of a set of clips.
 *
 * @param overall     lwlrap over all (clip, true label) pairs; NaN when no clip has a label
 * @param perClass    mean precision of each class over the clips carrying it; 0 for a class no clip carries
 * @param classWeight each class's share of all true labels (sums to 1); {@code overall = Σ perClass · classWeight}
 */
public record LwlrapResult(double overall, double[] perClass, double[] classWeight) {}
