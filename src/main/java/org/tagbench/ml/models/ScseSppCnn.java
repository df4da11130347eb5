package org.tagbench.ml.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;

/**
 * The 7th place's Custom CNN (team Shirogane, TECHNIQUES 4.5), derived from the CVSSP cnn9
 * baseline: five blocks of [2x2 conv (padding 1, no bias), BN, ReLU, 2x2 conv, BN, scSE, ReLU]
 * with 32 to 512 channels, each followed by max-plus-average pooling that never pools mel bins and
 * frames in the same block; then a spatial-pyramid head, BN, dropout 0.4, dense 512, PReLU, BN,
 * dropout 0.2, dense to the classes. About 8.9 M parameters at width 1 on 128 x 128 inputs.
 */
public final class ScseSppCnn {
    private static final int[] PUBLISHED_CHANNELS = {32, 64, 128, 256, 512};
    /** Pooling windows as {mel bins, frames}; (1, 1) means no pooling. */
    private static final int[][] POOLING = {{1, 1}, {4, 1}, {1, 3}, {4, 1}, {1, 3}};
    /**
     * TECHNIQUES does not state the scSE reduction; 4 is the ratio that reproduces its derived
     * 8.9 M parameters (16 would give 8.76 M, 2 would give 9.07 M).
     */
    static final int SCSE_REDUCTION = 4;
    private static final int PUBLISHED_HIDDEN_UNITS = 512;

    private ScseSppCnn() {}

    public static Block build(NetworkSpec spec) {
        SequentialBlock network = new SequentialBlock();
        for (int block = 0; block < PUBLISHED_CHANNELS.length; block++) {
            int channels = spec.scaled(PUBLISHED_CHANNELS[block]);
            network.add(Layers.conv(channels, 2, 1, false)).add(Layers.batchNorm()).add(Layers.relu())
                    .add(Layers.conv(channels, 2, 1, false)).add(Layers.batchNorm())
                    .add(SqueezeExcitation.spatialAndChannel(channels, SCSE_REDUCTION)).add(Layers.relu());
            int[] window = POOLING[block];
            if (window[0] > 1 || window[1] > 1) {
                network.add(new MaxPlusAvgPool(window[0], window[1]));
            }
        }
        return network
                .add(new SpatialPyramidPooling(new int[] {2, 2}, new int[] {5, 4}))
                .add(Layers.batchNorm())
                .add(Layers.dropout(0.4f))
                .add(Layers.dense(spec.scaled(PUBLISHED_HIDDEN_UNITS)))
                .add(Layers.prelu())
                .add(Layers.batchNorm())
                .add(Layers.dropout(0.2f))
                .add(Layers.dense(spec.classes()));
    }
}
