package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3rd place's 2-D CNN (ex4sperans, TECHNIQUES 4.3): a frequency-encoding channel is appended
 * to the input, then five blocks of [BN, 3x3 conv, 2x2 max pooling, BN, PReLU, bottleneck
 * residual] whose widths grow by 1.5 from 100 (100, 150, 225, 337, 506). Deep supervision: the
 * global maximum of every block from the second on is concatenated (1,218 values) and goes through
 * BN, dense of the same size, BN, PReLU, dropout 0.5 and dense to the classes. About 9.25 M
 * parameters at width 1. It was trained with LSEP.
 */
public final class DeepSupervisionResCnn extends SingleInputBlock {
    static final int PUBLISHED_BASE = 100;
    static final double GROWTH = 1.5;
    static final int BLOCKS = 5;
    static final int FIRST_SUPERVISED_BLOCK = 1;
    private static final float HEAD_DROPOUT = 0.5f;

    private final FrequencyEncoding frequencyEncoding;
    private final List<SequentialBlock> blocks = new ArrayList<>();
    private final SequentialBlock head;

    private DeepSupervisionResCnn(NetworkSpec spec) {
        frequencyEncoding = addChildBlock("frequencyEncoding", new FrequencyEncoding());
        int supervisedWidth = 0;
        for (int block = 0; block < BLOCKS; block++) {
            int channels = blockWidth(spec, block);
            blocks.add(addChildBlock("block" + block, new SequentialBlock()
                    .add(Layers.batchNorm())
                    .add(Layers.conv(channels, 3, 1, true))
                    .add(Layers.maxPool(2, 2))
                    .add(Layers.batchNorm())
                    .add(Layers.prelu())
                    .add(new BottleneckResidual(channels))));
            if (block >= FIRST_SUPERVISED_BLOCK) {
                supervisedWidth += channels;
            }
        }
        head = addChildBlock("head", new SequentialBlock()
                .add(Layers.batchNorm())
                .add(Layers.dense(supervisedWidth))
                .add(Layers.batchNorm())
                .add(Layers.prelu())
                .add(Layers.dropout(HEAD_DROPOUT))
                .add(Layers.dense(spec.classes())));
    }

    public static DeepSupervisionResCnn build(NetworkSpec spec) {
        return new DeepSupervisionResCnn(spec);
    }

    /** int(1.5^block * 100), scaled by the width multiplier. */
    static int blockWidth(NetworkSpec spec, int block) {
        return Math.max(1, (int) (Math.pow(GROWTH, block) * PUBLISHED_BASE * spec.width()));
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDArray features = run(frequencyEncoding, parameters, input, training);
        NDList supervised = new NDList();
        for (int block = 0; block < blocks.size(); block++) {
            features = run(blocks.get(block), parameters, features, training);
            if (block >= FIRST_SUPERVISED_BLOCK) {
                supervised.add(Pool.globalMaxPool2d(features));
            }
        }
        return run(head, parameters, NDArrays.concat(supervised, 1), training);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return head.getOutputShapes(new Shape[] {supervisedShape(input)})[0];
    }

    private Shape supervisedShape(Shape input) {
        Shape features = frequencyEncoding.getOutputShapes(new Shape[] {input})[0];
        long width = 0;
        for (int block = 0; block < blocks.size(); block++) {
            features = blocks.get(block).getOutputShapes(new Shape[] {features})[0];
            if (block >= FIRST_SUPERVISED_BLOCK) {
                width += features.get(1);
            }
        }
        return new Shape(input.get(0), width);
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        Shape features = initialize(frequencyEncoding, manager, dataType, input);
        for (SequentialBlock block : blocks) {
            features = initialize(block, manager, dataType, features);
        }
        initialize(head, manager, dataType, supervisedShape(input));
    }
}
