package org.tagbench.ui.retrain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One point of the retrain charts: fold {@code fold}'s {@code step}-th epoch (1-based, counted across the stages of a
 * pipeline, so a fold's line keeps going right), its training loss and validation lwlrap.
 */
public record EpochPoint(int fold, int step, double trainLoss, double validationLwlrap) {

    /** The point an epoch of {@code fold} adds after the points already charted. */
    public static EpochPoint next(List<EpochPoint> charted, int fold, double trainLoss, double validationLwlrap) {
        int step = (int) charted.stream().filter(point -> point.fold() == fold).count() + 1;
        return new EpochPoint(fold, step, trainLoss, validationLwlrap);
    }

    /** The points of each fold in order, folds ascending: one line per fold. */
    public static Map<Integer, List<EpochPoint>> byFold(List<EpochPoint> points) {
        return points.stream().collect(Collectors.groupingBy(EpochPoint::fold, TreeMap::new, Collectors.toList()));
    }
}
