package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.recurrent.GRU;
import ai.djl.training.ParameterStore;

/**
 * The 2nd place's "global features" branch: a {@code [batch, 128 steps, 12 statistics]} sequence of
 * waveform statistics, batch-normalised per statistic, through two bidirectional GRU layers whose
 * two directions are summed (Keras {@code merge_mode='sum'}), then the maximum over steps.
 *
 * <p>Each direction is its own one-layer GRU, the backward one reading the steps reversed: DJL
 * 0.36 hands a bidirectional GRU's weights to PyTorch in an order PyTorch does not expect (all
 * weights, then all biases), which fails at the first forward pass.
 */
final class GlobalFeatureGru extends SingleInputBlock {
    private final BatchNorm normalization;
    private final GRU firstForward;
    private final GRU firstBackward;
    private final GRU secondForward;
    private final GRU secondBackward;
    private final long units;

    GlobalFeatureGru(int units) {
        this.units = units;
        normalization = addChildBlock("normalization", Layers.batchNorm());
        firstForward = addChildBlock("gru1Forward", oneDirection(units));
        firstBackward = addChildBlock("gru1Backward", oneDirection(units));
        secondForward = addChildBlock("gru2Forward", oneDirection(units));
        secondBackward = addChildBlock("gru2Backward", oneDirection(units));
    }

    private static GRU oneDirection(int units) {
        return GRU.builder().setStateSize(units).setNumLayers(1).optBatchFirst(true).build();
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        // per statistic: BN normalises axis 1, and DJL's PyTorch batch norm mishandles other axes
        NDArray normalized = run(normalization, parameters, input.transpose(0, 2, 1), training).transpose(0, 2, 1);
        NDArray first = bothDirectionsSummed(firstForward, firstBackward, parameters, normalized, training);
        NDArray second = bothDirectionsSummed(secondForward, secondBackward, parameters, first, training);
        return second.max(new int[] {1});
    }

    private static NDArray bothDirectionsSummed(
            GRU forward, GRU backward, ParameterStore parameters, NDArray sequence, boolean training) {
        NDArray ahead = run(forward, parameters, sequence, training);
        NDArray behind = run(backward, parameters, sequence.flip(1), training).flip(1);
        return ahead.add(behind);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), units);
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        initialize(normalization, manager, dataType, new Shape(input.get(0), input.get(2), input.get(1)));
        initialize(firstForward, manager, dataType, input);
        initialize(firstBackward, manager, dataType, input);
        Shape hidden = new Shape(input.get(0), input.get(1), units);
        initialize(secondForward, manager, dataType, hidden);
        initialize(secondBackward, manager, dataType, hidden);
    }
}
