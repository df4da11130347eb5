package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;

/**
 * Squeeze-and-excitation gates. The channel gate pools each channel to its mean, passes the vector
 * through dense(C / reduction), ReLU, dense(C), sigmoid, and scales the channels. With
 * {@code spatial} set this is scSE: a 1x1 conv to one sigmoid map also scales every position, and
 * the channel-gated and position-gated inputs are added.
 */
final class SqueezeExcitation extends SingleInputBlock {
    private final Linear squeeze;
    private final Linear excite;
    private final Conv2d spatialGate;

    private SqueezeExcitation(int channels, int reduction, boolean spatial) {
        squeeze = addChildBlock("squeeze", Layers.dense(Math.max(1, channels / reduction)));
        excite = addChildBlock("excite", Layers.dense(channels));
        spatialGate = spatial ? addChildBlock("spatialGate", Layers.conv(1, 1, 0, true)) : null;
    }

    /** Channel squeeze-and-excitation (Hu et al.), as after every conv of the 2nd place's SE variant. */
    static SqueezeExcitation channel(int channels, int reduction) {
        return new SqueezeExcitation(channels, reduction, false);
    }

    /** Concurrent spatial and channel SE (Roy et al.), as in the 7th place's ConvBlock. */
    static SqueezeExcitation spatialAndChannel(int channels, int reduction) {
        return new SqueezeExcitation(channels, reduction, true);
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDArray pooled = Pool.globalAvgPool2d(input);
        NDArray hidden = Activation.relu(run(squeeze, parameters, pooled, training));
        NDArray channelWeights = Activation.sigmoid(run(excite, parameters, hidden, training));
        NDArray channelGated = input.mul(channelWeights.expandDims(2).expandDims(3));
        if (spatialGate == null) {
            return channelGated;
        }
        NDArray positionWeights = Activation.sigmoid(run(spatialGate, parameters, input, training));
        return channelGated.add(input.mul(positionWeights));
    }

    @Override
    protected Shape outputShape(Shape input) {
        return input;
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        Shape pooled = new Shape(input.get(0), input.get(1));
        Shape hidden = initialize(squeeze, manager, dataType, pooled);
        initialize(excite, manager, dataType, hidden);
        if (spatialGate != null) {
            initialize(spatialGate, manager, dataType, input);
        }
    }
}
