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
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1st place's AuxSkipAttention (lRomul, TECHNIQUES 4.1), for [log-mel, delta, delta-delta]
 * inputs of 128 x 256: given one log-mel channel, {@link DeltaChannels} adds the deltas first. Four blocks of two [3x3 conv, BN, ReLU] and 2x2 average pooling (64 to 512
 * channels). The outputs of blocks 1-3 are average-pooled by 8, 4 and 2 and lifted to 512 channels
 * by a 3x3 conv-BN-ReLU ("skips"), concatenated with block 4 (2,048 channels), refined by
 * {@link Cbam}, merged by a 3x3 conv to 512 and globally averaged. Head: dropout 0.4, dense 256,
 * PReLU, BN, dropout 0.2, dense to the classes. Each skip also feeds an auxiliary head of the same
 * shape. About 17.3 M parameters at width 1 (16.9 M without the auxiliary heads).
 *
 * <p>The output is {@code [main, aux3, aux2, aux1]} logits, in the order of the published loss
 * weights 1.0, 0.4, 0.2, 0.1 (see {@code DeepSupervisionLoss}); inference uses the first.
 */
public final class AuxSkipAttention extends AbstractBlock {
    public static final float[] PUBLISHED_HEAD_WEIGHTS = {1.0f, 0.4f, 0.2f, 0.1f};
    private static final int[] BLOCK_CHANNELS = {64, 128, 256, 512};
    private static final int[] SKIP_POOLING = {8, 4, 2};
    private static final int SKIP_CHANNELS = 512;
    private static final int CBAM_REDUCTION = 16;
    private static final int HEAD_HIDDEN_UNITS = 256;

    private final DeltaChannels deltas;
    private final List<SequentialBlock> blocks = new ArrayList<>();
    private final List<SequentialBlock> skips = new ArrayList<>();
    private final List<SequentialBlock> auxiliaryHeads = new ArrayList<>();
    private final Cbam attention;
    private final SequentialBlock merge;
    private final SequentialBlock mainHead;
    private final int classes;

    private AuxSkipAttention(NetworkSpec spec) {
        classes = spec.classes();
        deltas = addChildBlock("deltas", new DeltaChannels());
        for (int block = 0; block < BLOCK_CHANNELS.length; block++) {
            int channels = spec.scaled(BLOCK_CHANNELS[block]);
            blocks.add(addChildBlock("block" + (block + 1), new SequentialBlock()
                    .add(Layers.convBnRelu(channels, 3, 1, false))
                    .add(Layers.convBnRelu(channels, 3, 1, false))
                    .add(Layers.avgPool(2, 2))));
        }
        int skipChannels = spec.scaled(SKIP_CHANNELS);
        for (int skip = 0; skip < SKIP_POOLING.length; skip++) {
            skips.add(addChildBlock("skip" + (skip + 1), new SequentialBlock()
                    .add(Layers.avgPool(SKIP_POOLING[skip], SKIP_POOLING[skip]))
                    .add(Layers.convBnRelu(skipChannels, 3, 1, false))));
        }
        int mergedChannels = spec.scaled(BLOCK_CHANNELS[BLOCK_CHANNELS.length - 1]) + SKIP_POOLING.length * skipChannels;
        attention = addChildBlock("cbam", new Cbam(mergedChannels, CBAM_REDUCTION));
        merge = addChildBlock("merge", new SequentialBlock()
                .add(Layers.convBnRelu(skipChannels, 3, 1, false))
                .add(Pool.globalAvgPool2dBlock()));
        mainHead = addChildBlock("head", head(spec));
        for (int skip = SKIP_POOLING.length; skip >= 1; skip--) {
            auxiliaryHeads.add(addChildBlock("auxiliaryHead" + skip,
                    new SequentialBlock().add(Pool.globalAvgPool2dBlock()).add(head(spec))));
        }
    }

    public static AuxSkipAttention build(NetworkSpec spec) {
        return new AuxSkipAttention(spec);
    }

    /** The auxiliary heads, on skips 3, 2, 1: the weights a deployed model can drop. */
    List<Block> auxiliaryHeads() {
        return List.copyOf(auxiliaryHeads);
    }

    private static SequentialBlock head(NetworkSpec spec) {
        return new SequentialBlock()
                .add(Layers.dropout(0.4f))
                .add(Layers.dense(spec.scaled(HEAD_HIDDEN_UNITS)))
                .add(Layers.prelu())
                .add(Layers.batchNorm())
                .add(Layers.dropout(0.2f))
                .add(Layers.dense(spec.classes()));
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameters, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray features = ChildBlocks.run(deltas, parameters, inputs.singletonOrThrow(), training);
        List<NDArray> blockOutputs = new ArrayList<>();
        for (SequentialBlock block : blocks) {
            features = ChildBlocks.run(block, parameters, features, training);
            blockOutputs.add(features);
        }
        NDList merged = new NDList(features);
        List<NDArray> skipOutputs = new ArrayList<>();
        for (int skip = 0; skip < skips.size(); skip++) {
            NDArray lifted = ChildBlocks.run(skips.get(skip), parameters, blockOutputs.get(skip), training);
            skipOutputs.add(lifted);
            merged.add(lifted);
        }
        NDArray attended = ChildBlocks.run(attention, parameters, NDArrays.concat(merged, 1), training);
        NDArray pooled = ChildBlocks.run(merge, parameters, attended, training);
        NDList logits = new NDList(ChildBlocks.run(mainHead, parameters, pooled, training));
        for (int head = 0; head < auxiliaryHeads.size(); head++) {
            NDArray skipOutput = skipOutputs.get(skipOutputs.size() - 1 - head);
            logits.add(ChildBlocks.run(auxiliaryHeads.get(head), parameters, skipOutput, training));
        }
        return logits;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape logits = new Shape(inputShapes[0].get(0), classes);
        return new Shape[] {logits, logits, logits, logits};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape features = ChildBlocks.initialize(deltas, manager, dataType, inputShapes[0]);
        List<Shape> blockShapes = new ArrayList<>();
        for (SequentialBlock block : blocks) {
            features = ChildBlocks.initialize(block, manager, dataType, features);
            blockShapes.add(features);
        }
        long mergedChannels = features.get(1);
        Shape skipShape = null;
        for (int skip = 0; skip < skips.size(); skip++) {
            skipShape = ChildBlocks.initialize(skips.get(skip), manager, dataType, blockShapes.get(skip));
            mergedChannels += skipShape.get(1);
        }
        Shape merged = new Shape(features.get(0), mergedChannels, features.get(2), features.get(3));
        ChildBlocks.initialize(attention, manager, dataType, merged);
        Shape pooled = ChildBlocks.initialize(merge, manager, dataType, merged);
        ChildBlocks.initialize(mainHead, manager, dataType, pooled);
        for (SequentialBlock head : auxiliaryHeads) {
            ChildBlocks.initialize(head, manager, dataType, skipShape);
        }
    }
}
