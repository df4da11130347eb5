package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * The 3rd place's frequency encoding: appends one channel holding {@code linspace(-1, 1, mels)}
 * along the mel axis, the same for every frame, so convolutions know which band they look at
 * (README: "no less than 0.005" CV).
 */
final class FrequencyEncoding extends SingleInputBlock {

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        Shape shape = input.getShape();
        long mels = shape.get(2);
        NDArray ramp = input.getManager().linspace(-1f, 1f, Math.toIntExact(mels)).toType(input.getDataType(), false);
        NDArray channel = ramp.reshape(1, 1, mels, 1).broadcast(new Shape(shape.get(0), 1, mels, shape.get(3)));
        return NDArrays.concat(new NDList(input, channel), 1);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1) + 1, input.get(2), input.get(3));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }
}
