package org.tagbench.ml.train;

import java.nio.file.Path;

/** How a fold ended: its best epoch and score, and where the weights of that epoch are. */
public record FoldOutcome(int fold, int bestEpoch, double bestLwlrap, int epochsRun, boolean stoppedEarly,
        Path bestModel) {}
