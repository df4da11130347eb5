package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/** Small layer factories shared by the networks; inputs are {@code [batch, channels, mels, frames]}. */
final class Layers {
    private Layers() {}

    static Conv2d conv(int filters, int kernel, int padding, boolean bias) {
        return conv(filters, kernel, kernel, padding, padding, bias);
    }

    static Conv2d conv(int filters, int kernelMels, int kernelFrames, int padMels, int padFrames, boolean bias) {
        return Conv2d.builder()
                .setFilters(filters)
                .setKernelShape(new Shape(kernelMels, kernelFrames))
                .optPadding(new Shape(padMels, padFrames))
                .optBias(bias)
                .build();
    }

    static BatchNorm batchNorm() {
        return BatchNorm.builder().build();
    }

    /** Batch norm whose running statistics follow a Keras-style momentum (weight of the old value). */
    static BatchNorm batchNorm(float keepMomentum) {
        return BatchNorm.builder().optMomentum(keepMomentum).build();
    }

    static Block relu() {
        return Activation.reluBlock();
    }

    static Block prelu() {
        return new ParametricRelu();
    }

    static Linear dense(int units) {
        return Linear.builder().setUnits(units).build();
    }

    static Dropout dropout(float rate) {
        return Dropout.builder().optRate(rate).build();
    }

    /** conv, batch norm, ReLU. */
    static SequentialBlock convBnRelu(int filters, int kernel, int padding, boolean bias) {
        return new SequentialBlock().add(conv(filters, kernel, padding, bias)).add(batchNorm()).add(relu());
    }

    static Block avgPool(int mels, int frames) {
        return Pool.avgPool2dBlock(new Shape(mels, frames), new Shape(mels, frames));
    }

    static Block maxPool(int mels, int frames) {
        return Pool.maxPool2dBlock(new Shape(mels, frames), new Shape(mels, frames));
    }

    /** {@code [B, C, H, W] -> [B, 2C]}: global max and global average side by side. */
    static Block concatMaxAvgPool() {
        return new LambdaBlock(Layers::concatMaxAvg, "concatMaxAvgPool");
    }

    private static NDList concatMaxAvg(NDList input) {
        NDArray x = input.singletonOrThrow();
        return new NDList(NDArrays.concat(new NDList(Pool.globalMaxPool2d(x), Pool.globalAvgPool2d(x)), 1));
    }
}
