package org.tagbench.ml.train;

import ai.djl.ndarray.NDArray;

/** A multi-label loss per clip: logits and targets {@code [batch, classes]} give {@code [batch]}. */
@FunctionalInterface
public interface PerSampleLoss {
    NDArray apply(NDArray logits, NDArray targets);
}
