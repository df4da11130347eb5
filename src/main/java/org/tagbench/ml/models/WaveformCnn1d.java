package org.tagbench.ml.models;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.pooling.Pool;

/**
 * The 1-D conv net on raw waveform from the widely copied 2018 Kaggle starter kernel ("Beginner's
 * guide to audio data", 2 s at 16 kHz): pairs of unpadded convs with ReLU (16 wide with kernel 9,
 * then 32, 32 and 256 wide with kernel 3), max pooling by 16, 4 and 4 with dropout 0.1 between the
 * pairs, a global maximum, dropout 0.2, dense 64 and 1028 with ReLU, and dense to the classes (the
 * kernel put a softmax over its 41 single-label classes there; these are logits). Needs at least
 * about 1,700 samples.
 */
public final class WaveformCnn1d {
    public static final WaveformSpec PUBLISHED = new WaveformSpec(2 * 16_000, 41, 1.0);

    private WaveformCnn1d() {}

    public static Block build(WaveformSpec spec) {
        SequentialBlock network = new SequentialBlock();
        addConvPair(network, spec.scaled(16), 9);
        network.add(Pool.maxPool1dBlock(new Shape(16))).add(Layers.dropout(0.1f));
        addConvPair(network, spec.scaled(32), 3);
        network.add(Pool.maxPool1dBlock(new Shape(4))).add(Layers.dropout(0.1f));
        addConvPair(network, spec.scaled(32), 3);
        network.add(Pool.maxPool1dBlock(new Shape(4))).add(Layers.dropout(0.1f));
        addConvPair(network, spec.scaled(256), 3);
        return network
                .add(Pool.globalMaxPool1dBlock())
                .add(Layers.dropout(0.2f))
                .add(Layers.dense(spec.scaled(64))).add(Layers.relu())
                .add(Layers.dense(spec.scaled(1028))).add(Layers.relu())
                .add(Layers.dense(spec.classes()));
    }

    private static void addConvPair(SequentialBlock network, int channels, int kernel) {
        for (int layer = 0; layer < 2; layer++) {
            network.add(Conv1d.builder().setFilters(channels).setKernelShape(new Shape(kernel)).build()).add(Layers.relu());
        }
    }
}
