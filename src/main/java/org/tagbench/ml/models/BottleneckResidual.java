package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;

/**
 * The 3rd place's residual unit: 1x1 conv, PReLU, 3x3 conv, PReLU, 1x1 conv, all at the block's
 * width, added to the identity. Normalisation is left to the surrounding block, which batch-norms
 * before every conv stage.
 */
final class BottleneckResidual extends SingleInputBlock {
    private final SequentialBlock branch;

    BottleneckResidual(int channels) {
        branch = addChildBlock("branch", new SequentialBlock()
                .add(Layers.conv(channels, 1, 0, true))
                .add(Layers.prelu())
                .add(Layers.conv(channels, 3, 1, true))
                .add(Layers.prelu())
                .add(Layers.conv(channels, 1, 0, true)));
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        return input.add(run(branch, parameters, input, training));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return input;
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        initialize(branch, manager, dataType, input);
    }
}
