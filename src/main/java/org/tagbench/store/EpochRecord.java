package org.tagbench.store;

/** One epoch of one fold of a run: its training loss and validation lwlrap. */
public record EpochRecord(long runId, int fold, int epoch, double trainLoss, double validationLwlrap) {}
