package org.tagbench.ml.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;

/**
 * CNN-model-1 of the 8th place (Bouteillon): four blocks of two 3x3 conv-BN-ReLU layers, each
 * block followed by 2x2 average pooling, with 64, 128, 256 and 512 channels, and the fastai
 * concat-pool head. About 5.3 M parameters at width 1 (TECHNIQUES 4.6).
 */
public final class CnnModel1 {
    private static final int[] PUBLISHED_CHANNELS = {64, 128, 256, 512};

    private CnnModel1() {}

    public static Block build(NetworkSpec spec) {
        SequentialBlock network = new SequentialBlock();
        for (int channels : PUBLISHED_CHANNELS) {
            int scaled = spec.scaled(channels);
            network.add(Layers.convBnRelu(scaled, 3, 1, true))
                    .add(Layers.convBnRelu(scaled, 3, 1, true))
                    .add(Layers.avgPool(2, 2));
        }
        return network.add(ConcatPoolHead.build(spec));
    }
}
