package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;

/**
 * Max pooling plus average pooling over the same non-overlapping windows (the CVSSP "avg+max"
 * pooling the 7th place used), summed. A window of (4, 1) pools mel bins only, (1, 3) frames only.
 */
final class MaxPlusAvgPool extends SingleInputBlock {
    private final Shape window;

    MaxPlusAvgPool(int mels, int frames) {
        window = new Shape(mels, frames);
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        Shape noPadding = new Shape(0, 0);
        NDArray max = Pool.maxPool2d(input, window, window, noPadding, false);
        return max.add(Pool.avgPool2d(input, window, window, noPadding, false, true));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) / window.get(0), input.get(3) / window.get(1));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }
}
