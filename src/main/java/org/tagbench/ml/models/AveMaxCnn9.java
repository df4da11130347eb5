package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The 2nd place's 9-layer CNN (qrfaction, TECHNIQUES 4.2) on 64-mel spectrograms: a 3x3 conv stem
 * (64) and four blocks (96, 128, 256, 512) of two [3x3 conv, BN (momentum 0.85), ReLU, pooling]
 * layers. The first pooling of a block is 3x3 max with stride 1; the second is "avemax": average
 * over frames, then maximum over mel bins, both with stride 2 (window 2, or 3 in block 3). The last
 * block does not pool. The head folds mel pairs into channels (see {@link PixelShufflePooling})
 * before one dense layer to the classes.
 *
 * <p>The SE variant puts squeeze-and-excitation (reduction 4) after every conv. The optional
 * global-feature branch makes the network take three inputs: the spectrogram
 * {@code [B, C, mels, frames]}, the waveform statistics {@code [B, 128, 12]} (see
 * {@link GlobalFeatureGru}) and the clip length in samples / 441,000 {@code [B, 1]}; the GRU's 128
 * values and the length join the pooled features before the dense layer.
 */
public final class AveMaxCnn9 extends AbstractBlock {
    public static final int GLOBAL_FEATURE_STEPS = 128;
    public static final int GLOBAL_FEATURE_STATISTICS = 12;
    static final int GRU_UNITS = 128;
    private static final int STEM_CHANNELS = 64;
    private static final int[] BLOCK_CHANNELS = {96, 128, 256, 512};
    private static final int[] AVEMAX_WINDOWS = {2, 2, 3};
    private static final float KERAS_BN_MOMENTUM = 0.85f;
    private static final int SE_REDUCTION = 4;

    private final SequentialBlock backbone;
    private final PixelShufflePooling pooling;
    private final GlobalFeatureGru globalFeatures;
    private final Linear classifier;
    private final int classes;

    private AveMaxCnn9(NetworkSpec spec, boolean squeezeExcitation, boolean globalFeatureBranch) {
        classes = spec.classes();
        backbone = addChildBlock("backbone", backbone(spec, squeezeExcitation));
        pooling = addChildBlock("pixelShuffle", new PixelShufflePooling());
        globalFeatures = globalFeatureBranch
                ? addChildBlock("globalFeatures", new GlobalFeatureGru(spec.scaled(GRU_UNITS)))
                : null;
        classifier = addChildBlock("classifier", Layers.dense(spec.classes()));
    }

    /** The plain network on the spectrogram alone. */
    public static AveMaxCnn9 build(NetworkSpec spec) {
        return new AveMaxCnn9(spec, false, false);
    }

    /** The variant with squeeze-and-excitation after every conv, on the spectrogram alone. */
    public static AveMaxCnn9 buildWithSqueezeExcitation(NetworkSpec spec) {
        return new AveMaxCnn9(spec, true, false);
    }

    /** Either variant with the BiGRU branch over waveform statistics and the clip length input. */
    public static AveMaxCnn9 buildWithGlobalFeatures(NetworkSpec spec, boolean squeezeExcitation) {
        return new AveMaxCnn9(spec, squeezeExcitation, true);
    }

    /** The shapes of the extra inputs of the global-feature variant for a batch. */
    public static Shape[] globalFeatureInputShapes(int batch) {
        return new Shape[] {new Shape(batch, GLOBAL_FEATURE_STEPS, GLOBAL_FEATURE_STATISTICS), new Shape(batch, 1)};
    }

    /** The convolutional part, whose size TECHNIQUES gives separately (4.83 M at width 1). */
    Block backbone() {
        return backbone;
    }

    private static SequentialBlock backbone(NetworkSpec spec, boolean squeezeExcitation) {
        SequentialBlock layers = new SequentialBlock();
        addConvLayer(layers, spec.scaled(STEM_CHANNELS), squeezeExcitation);
        for (int block = 0; block < BLOCK_CHANNELS.length; block++) {
            int channels = spec.scaled(BLOCK_CHANNELS[block]);
            boolean pools = block < AVEMAX_WINDOWS.length;
            addConvLayer(layers, channels, squeezeExcitation);
            if (pools) {
                layers.add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(1, 1), new Shape(1, 1)));
            }
            addConvLayer(layers, channels, squeezeExcitation);
            if (pools) {
                addAveMaxPool(layers, AVEMAX_WINDOWS[block]);
            }
        }
        return layers;
    }

    private static void addConvLayer(SequentialBlock layers, int channels, boolean squeezeExcitation) {
        layers.add(Layers.conv(channels, 3, 1, true)).add(Layers.batchNorm(KERAS_BN_MOMENTUM)).add(Layers.relu());
        if (squeezeExcitation) {
            layers.add(SqueezeExcitation.channel(channels, SE_REDUCTION));
        }
    }

    /**
     * Average over frames, then maximum over mel bins, each with stride 2 and Keras "same" output
     * sizes (half the input, rounded up): window 2 rounds up with ceil mode, window 3 pads by 1.
     */
    private static void addAveMaxPool(SequentialBlock layers, int window) {
        boolean evenWindow = window % 2 == 0;
        int padding = evenWindow ? 0 : 1;
        layers.add(Pool.avgPool2dBlock(new Shape(1, window), new Shape(1, 2), new Shape(0, padding), evenWindow, false));
        layers.add(Pool.maxPool2dBlock(new Shape(window, 1), new Shape(2, 1), new Shape(padding, 0), evenWindow));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameters, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray features = ChildBlocks.run(backbone, parameters, inputs.get(0), training);
        NDArray pooled = ChildBlocks.run(pooling, parameters, features, training);
        if (globalFeatures != null) {
            NDArray sequence = ChildBlocks.run(globalFeatures, parameters, inputs.get(1), training);
            pooled = NDArrays.concat(new NDList(pooled, sequence, inputs.get(2)), 1);
        }
        return classifier.forward(parameters, new NDList(pooled), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), classes)};
    }

    private long classifierInputs(Shape[] inputShapes) {
        Shape features = backbone.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        long pooled = pooling.getOutputShapes(new Shape[] {features})[0].get(1);
        if (globalFeatures == null) {
            return pooled;
        }
        long sequenceSummary = globalFeatures.getOutputShapes(new Shape[] {inputShapes[1]})[0].get(1);
        return pooled + sequenceSummary + inputShapes[2].get(1);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        backbone.initialize(manager, dataType, inputShapes[0]);
        Shape features = backbone.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        pooling.initialize(manager, dataType, features);
        if (globalFeatures != null) {
            globalFeatures.initialize(manager, dataType, inputShapes[1]);
        }
        classifier.initialize(manager, dataType, new Shape(inputShapes[0].get(0), classifierInputs(inputShapes)));
    }
}
