package org.tagbench.app.pipeline;

/** A finished retrain: the run that names its result (the pipeline's ensemble run for a pipeline) and its stored OOF lwlrap. */
public record RetrainOutcome(long runId, double oofLwlrap) {}
