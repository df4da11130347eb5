package org.tagbench.ml.models;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;

/**
 * The 2-D conv net on MFCCs of the 2018 Kaggle starter kernel ("Beginner's guide to audio data",
 * {@code get_2d_conv_model}: 40 MFCCs of 2 s at 44.1 kHz, hop 512, i.e. 40 x 173): four times [conv 4x10 with 32
 * filters and Keras "same" padding, BN, ReLU, 2x2 max pooling], flatten, dense 64, BN, ReLU, dense to the classes
 * (the kernel's softmax over its 41 single-label classes; these are logits). The flatten makes the input size fixed:
 * train and predict on windows of the plan's frames (tiles or crops, never full length).
 *
 * <p>Keras "same" pads an even kernel one more at the end than at the start (4: 1 and 2; 10: 4 and 5); DJL pads
 * both sides alike, so each conv pads 2 and 5 and drops its first output row and column, which gives Keras's output.
 */
public final class Mfcc2dCnn {
    public static final NetworkSpec PUBLISHED = new NetworkSpec(1, 40, 173, 41, 1.0);
    private static final int FILTERS = 32;

    private Mfcc2dCnn() {}

    public static Block build(NetworkSpec spec) {
        SequentialBlock network = new SequentialBlock();
        for (int layer = 0; layer < 4; layer++) {
            network.add(Conv2d.builder().setFilters(spec.scaled(FILTERS)).setKernelShape(new Shape(4, 10))
                            .optPadding(new Shape(2, 5)).build())
                    .add(new LambdaBlock(Mfcc2dCnn::kerasSame, "kerasSamePadding"))
                    .add(Layers.batchNorm()).add(Layers.relu())
                    .add(Pool.maxPool2dBlock(new Shape(2, 2)));
        }
        return network.add(Blocks.batchFlattenBlock())
                .add(Layers.dense(spec.scaled(64))).add(Layers.batchNorm()).add(Layers.relu())
                .add(Layers.dense(spec.classes()));
    }

    private static NDList kerasSame(NDList input) {
        return new NDList(input.singletonOrThrow().get(":, :, 1:, 1:"));
    }
}
