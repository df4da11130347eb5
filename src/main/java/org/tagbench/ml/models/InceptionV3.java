package org.tagbench.ml.models;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;

/**
 * Inception v3 (Szegedy et al. 2016) as the 7th place trained it from scratch on 128 x 128
 * spectrogram images with 1 or 3 channels: the stem, three 35x35-style modules, a grid reduction,
 * four factorised-7x7 modules, a second reduction, two expanded-filter-bank modules, global average
 * pooling, dropout 0.5 and a dense layer. Every conv is bias-free with BN (epsilon 0.001) and ReLU.
 *
 * <p>The auxiliary classifier is left out: on 128 x 128 inputs its 5x5 conv would see a 1 x 1 map.
 * Inputs need at least 75 x 75. With 1000 classes the weights number 23,834,568, torchvision's
 * inception_v3 without its auxiliary head; with 80 classes, 21,949,488.
 */
public final class InceptionV3 {
    private InceptionV3() {}

    public static Block build(NetworkSpec spec) {
        Builder scaled = new Builder(spec);
        return new SequentialBlock()
                .add(scaled.conv(32, 3, 3, 2, 0, 0))
                .add(scaled.conv(32, 3, 3, 1, 0, 0))
                .add(scaled.conv(64, 3, 3, 1, 1, 1))
                .add(maxPool3Stride2())
                .add(scaled.conv(80, 1, 1, 1, 0, 0))
                .add(scaled.conv(192, 3, 3, 1, 0, 0))
                .add(maxPool3Stride2())
                .add(scaled.moduleA(32))
                .add(scaled.moduleA(64))
                .add(scaled.moduleA(64))
                .add(scaled.gridReductionB())
                .add(scaled.moduleC(128))
                .add(scaled.moduleC(160))
                .add(scaled.moduleC(160))
                .add(scaled.moduleC(192))
                .add(scaled.gridReductionD())
                .add(scaled.moduleE())
                .add(scaled.moduleE())
                .add(Pool.globalAvgPool2dBlock())
                .add(Layers.dropout(0.5f))
                .add(Layers.dense(spec.classes()));
    }

    /**
     * A genuine 3-channel Inception-v3 fed one log-mel channel: {@link DeltaChannels} makes [log-mel, Δ, ΔΔ] (librosa's
     * {@code feature.delta}, width 9) in the network, then the 3-channel network (ADR 0011 says why not the 7th
     * place's three identical channels).
     */
    public static Block buildOnDeltas(NetworkSpec spec) {
        return new SequentialBlock().add(new DeltaChannels())
                .add(build(new NetworkSpec(3, spec.melBins(), spec.frames(), spec.classes(), spec.width())));
    }

    private static Block maxPool3Stride2() {
        return Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2));
    }

    /** avg-pool 3x3, stride 1, padding 1, padding counted (PyTorch's default), then a 1x1 conv. */
    private static SequentialBlock poolBranch(Block projection) {
        return new SequentialBlock()
                .add(Pool.avgPool2dBlock(new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false, true))
                .add(projection);
    }

    /** Builds the modules with every published channel count scaled by the width multiplier. */
    private static final class Builder {
        private final NetworkSpec spec;

        Builder(NetworkSpec spec) {
            this.spec = spec;
        }

        SequentialBlock conv(int channels, int kernelMels, int kernelFrames, int stride, int padMels, int padFrames) {
            Conv2d conv = Conv2d.builder()
                    .setFilters(spec.scaled(channels))
                    .setKernelShape(new Shape(kernelMels, kernelFrames))
                    .optStride(new Shape(stride, stride))
                    .optPadding(new Shape(padMels, padFrames))
                    .optBias(false)
                    .build();
            return new SequentialBlock().add(conv).add(BatchNorm.builder().optEpsilon(1e-3f).build()).add(Layers.relu());
        }

        SequentialBlock conv1x1(int channels) {
            return conv(channels, 1, 1, 1, 0, 0);
        }

        SequentialBlock conv3x3(int channels) {
            return conv(channels, 3, 3, 1, 1, 1);
        }

        SequentialBlock conv1x7(int channels) {
            return conv(channels, 1, 7, 1, 0, 3);
        }

        SequentialBlock conv7x1(int channels) {
            return conv(channels, 7, 1, 1, 3, 0);
        }

        /** 1x1, 5x5 and double-3x3 branches plus a pooled projection. */
        Block moduleA(int poolChannels) {
            return new ConcatBranches(
                    conv1x1(64),
                    new SequentialBlock().add(conv1x1(48)).add(conv(64, 5, 5, 1, 2, 2)),
                    new SequentialBlock().add(conv1x1(64)).add(conv3x3(96)).add(conv3x3(96)),
                    poolBranch(conv1x1(poolChannels)));
        }

        /** Halves the grid: strided 3x3, strided double 3x3, and max pooling side by side. */
        Block gridReductionB() {
            return new ConcatBranches(
                    conv(384, 3, 3, 2, 0, 0),
                    new SequentialBlock().add(conv1x1(64)).add(conv3x3(96)).add(conv(96, 3, 3, 2, 0, 0)),
                    maxPool3Stride2());
        }

        /** 7x7 convolutions factorised into 1x7 and 7x1, once and twice. */
        Block moduleC(int sevenChannels) {
            return new ConcatBranches(
                    conv1x1(192),
                    new SequentialBlock().add(conv1x1(sevenChannels)).add(conv1x7(sevenChannels)).add(conv7x1(192)),
                    new SequentialBlock().add(conv1x1(sevenChannels))
                            .add(conv7x1(sevenChannels)).add(conv1x7(sevenChannels))
                            .add(conv7x1(sevenChannels)).add(conv1x7(192)),
                    poolBranch(conv1x1(192)));
        }

        Block gridReductionD() {
            return new ConcatBranches(
                    new SequentialBlock().add(conv1x1(192)).add(conv(320, 3, 3, 2, 0, 0)),
                    new SequentialBlock().add(conv1x1(192)).add(conv1x7(192)).add(conv7x1(192))
                            .add(conv(192, 3, 3, 2, 0, 0)),
                    maxPool3Stride2());
        }

        /** Expanded filter banks: the 3x3 paths end in parallel 1x3 and 3x1 convs. */
        Block moduleE() {
            return new ConcatBranches(
                    conv1x1(320),
                    new SequentialBlock().add(conv1x1(384)).add(splitThreeByThree()),
                    new SequentialBlock().add(conv1x1(448)).add(conv3x3(384)).add(splitThreeByThree()),
                    poolBranch(conv1x1(192)));
        }

        private Block splitThreeByThree() {
            return new ConcatBranches(conv(384, 1, 3, 1, 0, 1), conv(384, 3, 1, 1, 1, 0));
        }
    }
}
