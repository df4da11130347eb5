package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.List;

/** Runs parallel branches on the same input and concatenates their outputs along the channels. */
final class ConcatBranches extends SingleInputBlock {
    private final List<Block> branches = new ArrayList<>();

    ConcatBranches(Block... branches) {
        for (Block branch : branches) {
            this.branches.add(addChildBlock("branch" + (this.branches.size() + 1), branch));
        }
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        NDList outputs = new NDList(branches.size());
        for (Block branch : branches) {
            outputs.add(run(branch, parameters, input, training));
        }
        return NDArrays.concat(outputs, 1);
    }

    @Override
    protected Shape outputShape(Shape input) {
        Shape first = null;
        long channels = 0;
        for (Block branch : branches) {
            Shape output = branch.getOutputShapes(new Shape[] {input})[0];
            first = first == null ? output : first;
            channels += output.get(1);
        }
        return new Shape(first.get(0), channels, first.get(2), first.get(3));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        for (Block branch : branches) {
            initialize(branch, manager, dataType, input);
        }
    }
}
