package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * The 1st place's input stage: [log-mel] becomes [log-mel, Δ, ΔΔ] as librosa's {@code feature.delta} (width 9,
 * mode 'interp') computes them: a Savitzky-Golay derivative along time, of a line for Δ (weights n/60) and of a
 * parabola for ΔΔ (weights 2(n² − 20/3)/308), n = −4..4; the first and last 4 frames take the value of the nearest
 * full window, which is what fitting one polynomial to the edge window gives. Clips shorter than 9 frames get zero
 * deltas (librosa refuses them). No weights.
 */
final class DeltaChannels extends SingleInputBlock {
    static final int WIDTH = 9;
    private static final int HALF = WIDTH / 2;

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDArray first = derivative(input, 1);
        NDArray second = derivative(input, 2);
        return NDArrays.concat(new NDList(input, first, second), 1);
    }

    /** Savitzky-Golay derivative of the given order along the last axis. */
    static NDArray derivative(NDArray input, int order) {
        long frames = input.getShape().get(3);
        if (frames < WIDTH) {
            return input.zerosLike();
        }
        long inner = frames - 2 * HALF;
        NDArray sum = null;
        for (int n = -HALF; n <= HALF; n++) {
            double weight = order == 1 ? n / 60.0 : 2 * (n * n - 20.0 / 3) / 308.0;
            NDArray term = input.get(":, :, :, " + (HALF + n) + ":" + (HALF + n + inner)).mul(weight);
            sum = sum == null ? term : sum.add(term);
        }
        NDArray left = sum.get(":, :, :, 0:1").repeat(3, HALF);
        NDArray right = sum.get(":, :, :, " + (inner - 1) + ":" + inner).repeat(3, HALF);
        return NDArrays.concat(new NDList(left, sum, right), 3);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1) * 3, input.get(2), input.get(3));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }
}
