package org.tagbench.ml.train;

import java.util.List;

/**
 * The part of a fold's training that is not weights, saved after every epoch so an interrupted run
 * resumes: epochs done, the best so far, the early-stopping counter, the schedule's state and the
 * epoch reports. Optimizer moments are not saved (see {@link CrossValidationTrainer}).
 */
record FoldState(int fold, int examples, int lastEpoch, int bestEpoch, double bestLwlrap, int flatEpochs,
        double[] scheduleState, boolean finished, boolean stoppedEarly, List<EpochReport> history) {

    static FoldState fresh(int fold, int examples) {
        return new FoldState(fold, examples, -1, -1, Double.NEGATIVE_INFINITY, 0, new double[0], false, false, List.of());
    }
}
