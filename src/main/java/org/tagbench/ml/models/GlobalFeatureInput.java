package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

/**
 * The second input of {@link AveMaxCnn9#buildWithGlobalFeatures} as the trainer and the tagger hand it over: per
 * clip one vector of the 128 x 12 statistics row by row, then the length scalar ({@code dsp.GlobalFeatures.input}),
 * split here into the network's {@code [B, 128, 12]} and {@code [B, 1]} inputs.
 */
public final class GlobalFeatureInput {
    public static final int SIZE = AveMaxCnn9.GLOBAL_FEATURE_STEPS * AveMaxCnn9.GLOBAL_FEATURE_STATISTICS + 1;

    private GlobalFeatureInput() {}

    /** The network's inputs: {@code features} alone, or followed by the split global input when there is one. */
    public static NDList inputs(NDArray features, float[] globalInputs) {
        if (globalInputs == null) {
            return new NDList(features);
        }
        long batch = features.getShape().get(0);
        if (globalInputs.length != batch * SIZE) {
            throw new IllegalArgumentException("global inputs hold " + globalInputs.length + " values, expected "
                    + batch + " x " + SIZE);
        }
        NDArray all = features.getManager().create(globalInputs, new Shape(batch, SIZE)).toType(features.getDataType(), false);
        NDArray statistics = all.get(":, 0:" + (SIZE - 1))
                .reshape(batch, AveMaxCnn9.GLOBAL_FEATURE_STEPS, AveMaxCnn9.GLOBAL_FEATURE_STATISTICS);
        return new NDList(features, statistics, all.get(":, " + (SIZE - 1) + ":" + SIZE));
    }

    /** The input shapes for a batch of features of {@code features}'s shape, with or without the global input. */
    public static Shape[] shapes(Shape features, boolean global) {
        if (!global) {
            return new Shape[] {features};
        }
        Shape[] extra = AveMaxCnn9.globalFeatureInputShapes((int) features.get(0));
        return new Shape[] {features, extra[0], extra[1]};
    }
}
