package org.tagbench.ml.models;

import ai.djl.nn.SequentialBlock;

/**
 * The fastai v1 classifier head used by the 8th place networks: global max and average pooling
 * concatenated, then BN, dropout 25 %, dense 512, ReLU, BN, dropout 50 %, dense to the classes.
 */
final class ConcatPoolHead {
    static final int PUBLISHED_HIDDEN_UNITS = 512;

    private ConcatPoolHead() {}

    static SequentialBlock build(NetworkSpec spec) {
        return new SequentialBlock()
                .add(Layers.concatMaxAvgPool())
                .add(Layers.batchNorm())
                .add(Layers.dropout(0.25f))
                .add(Layers.dense(spec.scaled(PUBLISHED_HIDDEN_UNITS)))
                .add(Layers.relu())
                .add(Layers.batchNorm())
                .add(Layers.dropout(0.5f))
                .add(Layers.dense(spec.classes()));
    }
}
