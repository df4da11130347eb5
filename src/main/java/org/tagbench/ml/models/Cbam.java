package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;

/**
 * CBAM (Woo et al. 2018), the attention the 1st place applied to its merged features. Channel
 * attention: one MLP (C -> C / reduction -> C) scores both the average- and the max-pooled
 * channel vector, and the sigmoid of their sum scales the channels. Spatial attention: a 7x7 conv
 * (with BN) over the per-position channel mean and maximum, through a sigmoid, scales every position.
 */
final class Cbam extends SingleInputBlock {
    private final SequentialBlock channelMlp;
    private final SequentialBlock spatialConv;

    Cbam(int channels, int reduction) {
        channelMlp = addChildBlock("channelMlp", new SequentialBlock()
                .add(Layers.dense(Math.max(1, channels / reduction)))
                .add(Layers.relu())
                .add(Layers.dense(channels)));
        spatialConv = addChildBlock("spatialConv", new SequentialBlock()
                .add(Layers.conv(1, 7, 3, false))
                .add(Layers.batchNorm()));
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDArray averageScore = run(channelMlp, parameters, Pool.globalAvgPool2d(input), training);
        NDArray maximumScore = run(channelMlp, parameters, Pool.globalMaxPool2d(input), training);
        NDArray channelWeights = Activation.sigmoid(averageScore.add(maximumScore));
        NDArray channelRefined = input.mul(channelWeights.expandDims(2).expandDims(3));

        NDArray summary = NDArrays.concat(new NDList(
                channelRefined.mean(new int[] {1}, true), channelRefined.max(new int[] {1}, true)), 1);
        NDArray positionWeights = Activation.sigmoid(run(spatialConv, parameters, summary, training));
        return channelRefined.mul(positionWeights);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return input;
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        initialize(channelMlp, manager, dataType, new Shape(input.get(0), input.get(1)));
        initialize(spatialConv, manager, dataType, new Shape(input.get(0), 2, input.get(2), input.get(3)));
    }
}
