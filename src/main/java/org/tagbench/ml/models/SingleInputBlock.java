package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Base of the hand-written blocks: one array in, one array out, with helpers that run or
 * initialise a child on a single array or shape. Subclasses state their output shape by
 * arithmetic, so building a network never needs a forward pass.
 */
abstract class SingleInputBlock extends AbstractBlock {

    @Override
    protected final NDList forwardInternal(
            ParameterStore parameters, NDList inputs, boolean training, PairList<String, Object> params) {
        return new NDList(forward(parameters, inputs.singletonOrThrow(), training));
    }

    protected abstract NDArray forward(ParameterStore parameters, NDArray input, boolean training);

    /** The output shape for an input of {@code input}. */
    protected abstract Shape outputShape(Shape input);

    /** Initialises the children for an input of {@code input}. */
    protected abstract void initializeChildren(NDManager manager, DataType dataType, Shape input);

    @Override
    public final Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {outputShape(inputShapes[0])};
    }

    @Override
    protected final void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        initializeChildren(manager, dataType, inputShapes[0]);
    }

    protected static NDArray run(Block child, ParameterStore parameters, NDArray input, boolean training) {
        return ChildBlocks.run(child, parameters, input, training);
    }

    protected static Shape initialize(Block child, NDManager manager, DataType dataType, Shape input) {
        return ChildBlocks.initialize(child, manager, dataType, input);
    }
}
