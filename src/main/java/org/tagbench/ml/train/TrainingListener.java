package org.tagbench.ml.train;

/** Hears about a training as it runs; called on the training thread, so keep handlers short. */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() {};

    default void onEpoch(EpochReport report) {}

    default void onFoldFinished(FoldOutcome outcome) {}

    /** Overall progress in 0..1 with a short human-readable message. */
    default void onProgress(double fraction, String message) {}
}
