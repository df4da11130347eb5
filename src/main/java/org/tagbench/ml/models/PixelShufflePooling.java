package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * The 2nd place's head pooling: neighbouring mel bins are folded in pairs into the channels
 * ("pixel shuffle", C channels become 2C), then the maximum over frames and the mean over the
 * remaining mel pairs give {@code [batch, 2C]}. An odd last mel bin is dropped.
 */
final class PixelShufflePooling extends SingleInputBlock {

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        Shape shape = input.getShape();
        long batch = shape.get(0);
        long channels = shape.get(1);
        long pairs = shape.get(2) / 2;
        long frames = shape.get(3);
        NDArray evenMels = shape.get(2) % 2 == 0 ? input : input.get(new NDIndex(":, :, :{}", 2 * pairs));
        // [B, C, pairs, 2, T] -> [B, 2, C, pairs, T]: the second bin of a pair becomes channels C..2C-1
        NDArray folded = evenMels.reshape(batch, channels, pairs, 2, frames)
                .transpose(0, 3, 1, 2, 4)
                .reshape(batch, 2 * channels, pairs, frames);
        return folded.max(new int[] {3}).mean(new int[] {2});
    }

    @Override
    protected Shape outputShape(Shape input) {
        if (input.get(2) < 2) {
            throw new IllegalArgumentException("pixel-shuffle pooling needs at least 2 mel bins left, got " + input.get(2));
        }
        return new Shape(input.get(0), 2 * input.get(1));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }
}
