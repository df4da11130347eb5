package org.tagbench.ml.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;

/**
 * VGG-16 with batch norm as the 8th place trained it through fastai: the 13 conv layers of VGG-16
 * (3x3, bias, BN, ReLU) with 2x2 max pooling between the five stages but not after the last one,
 * then the same concat-pool head as {@link CnnModel1}.
 */
public final class Vgg16Bn {
    private static final int[][] PUBLISHED_STAGES = {
        {64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}
    };

    private Vgg16Bn() {}

    public static Block build(NetworkSpec spec) {
        SequentialBlock network = new SequentialBlock();
        for (int stage = 0; stage < PUBLISHED_STAGES.length; stage++) {
            if (stage > 0) {
                network.add(Layers.maxPool(2, 2));
            }
            for (int channels : PUBLISHED_STAGES[stage]) {
                network.add(Layers.convBnRelu(spec.scaled(channels), 3, 1, true));
            }
        }
        return network.add(ConcatPoolHead.build(spec));
    }
}
