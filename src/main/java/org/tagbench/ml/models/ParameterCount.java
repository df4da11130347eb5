package org.tagbench.ml.models;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.tagbench.ml.engine.TorchRuntime;

/**
 * Counts trainable weights the way PyTorch's {@code parameters()} does: batch-norm running
 * statistics are DJL parameters without gradients and are left out.
 */
public final class ParameterCount {
    private ParameterCount() {}

    /** Trainable weights of an initialised block. */
    public static long trainable(Block block) {
        long total = 0;
        for (Pair<String, Parameter> entry : block.getParameters()) {
            Parameter parameter = entry.getValue();
            if (parameter.requiresGradient()) {
                total += parameter.getArray().size();
            }
        }
        return total;
    }

    /**
     * Initialises a fresh block for inputs of {@code inputShapes} (shape inference only, no forward
     * pass through the convolutions) and counts its trainable weights; the weights are freed after.
     */
    public static long trainableAfterInitialising(Block block, Shape... inputShapes) {
        try (NDManager manager = TorchRuntime.engine().newBaseManager()) {
            block.initialize(manager, DataType.FLOAT32, inputShapes);
            return trainable(block);
        }
    }
}
