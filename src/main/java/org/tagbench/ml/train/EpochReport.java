package org.tagbench.ml.train;

/**
 * One finished epoch of one fold, as the app records it and charts it.
 *
 * @param improved whether this epoch became the fold's best (its weights are the fold's checkpoint)
 * @param samplesPerSecond training samples per second of wall time over the epoch's training loop
 */
public record EpochReport(int fold, int epoch, double trainLoss, double validationLwlrap, float learningRate,
        boolean improved, double seconds, double samplesPerSecond) {}
