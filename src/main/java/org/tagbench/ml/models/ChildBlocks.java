package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;

/** Runs or initialises a child block on a single array or shape. */
final class ChildBlocks {
    private ChildBlocks() {}

    static NDArray run(Block child, ParameterStore parameters, NDArray input, boolean training) {
        return child.forward(parameters, new NDList(input), training).singletonOrThrow();
    }

    /** Initialises a child and returns the shape it produces. */
    static Shape initialize(Block child, NDManager manager, DataType dataType, Shape input) {
        child.initialize(manager, dataType, input);
        return child.getOutputShapes(new Shape[] {input})[0];
    }
}
