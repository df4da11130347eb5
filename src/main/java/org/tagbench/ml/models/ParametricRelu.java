package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;

/**
 * PReLU with one learned slope shared by all channels, PyTorch's {@code nn.PReLU()} default
 * (initial slope 0.25). DJL's own Prelu block has no PyTorch-engine implementation.
 */
final class ParametricRelu extends SingleInputBlock {
    private static final float INITIAL_SLOPE = 0.25f;

    private final Parameter slope;

    ParametricRelu() {
        slope = addParameter(Parameter.builder()
                .setName("slope")
                .setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(1))
                .optInitializer(new ConstantInitializer(INITIAL_SLOPE))
                .build());
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDArray negativeSlope = parameters.getValue(slope, input.getDevice(), training);
        return input.maximum(0f).add(input.minimum(0f).mul(negativeSlope));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return input;
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // the slope is a direct parameter with a fixed shape
    }
}
