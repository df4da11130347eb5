package org.tagbench.ml.train;

/** Turns (fold, epoch, batch) into one fraction of the whole run; epochs skipped early count as done. */
final class ProgressCounter {
    private final int folds;
    private final int epochs;
    private int foldsDone;
    private int epochInFold;
    private int stepsPerEpoch = 1;
    private int stepInEpoch;

    ProgressCounter(int folds, int epochs) {
        this.folds = folds;
        this.epochs = epochs;
    }

    void startFold(int firstEpoch, int steps) {
        epochInFold = firstEpoch;
        stepsPerEpoch = Math.max(1, steps);
        stepInEpoch = 0;
    }

    double advance() {
        if (++stepInEpoch > stepsPerEpoch) {
            stepInEpoch = 1;
            epochInFold++;
        }
        return fraction();
    }

    void skipRestOfFold() {
        epochInFold = epochs;
        stepInEpoch = 0;
    }

    void finishFold() {
        foldsDone++;
        epochInFold = 0;
        stepInEpoch = 0;
    }

    void skipFold() {
        epochInFold = epochs;
    }

    double fraction() {
        double withinFold = Math.min(1.0, (epochInFold + (double) stepInEpoch / stepsPerEpoch) / epochs);
        return Math.min(1.0, (foldsDone + withinFold) / folds);
    }
}
