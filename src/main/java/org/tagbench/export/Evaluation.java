package org.tagbench.export;

import java.util.List;

/**
 * Scores of a submission against ground truth.
 *
 * @param lwlrap         label-weighted label-ranking average precision (FAT2019)
 * @param map3           mean average precision at 3 (2018; for multi-label truth the best-ranked label counts)
 * @param perClassLwlrap lwlrap per class, aligned with {@code classes}; 0 for a class no clip carries
 * @param classes        the class order used
 * @param clips          number of clips scored
 */
public record Evaluation(double lwlrap, double map3, double[] perClassLwlrap, List<String> classes, int clips) {}
