package org.tagbench.app;

import java.nio.file.Path;

/** A finished training: its run id, out-of-fold lwlrap over its training clips, and where its models are. */
public record TrainOutcome(long runId, double oofLwlrap, Path bundle, int trainingClips, double seconds) {}
