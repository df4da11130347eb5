package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * The 7th place's spatial-pyramid head pooling: one global cell (mean over mel bins, then max over
 * frames) and, for each grid, max plus average pooling in every cell, flattened to
 * {@code [batch, channels * (1 + cells)]}.
 *
 * <p>The original pooled fixed windows of (5, 8) and (2, 4), which on its 128 x 128 inputs give
 * 2 x 2 and 5 x 4 cells. Here the grids themselves are fixed (PyTorch's adaptive-pooling cell
 * bounds), so other crop lengths keep the same feature count and the same dense layer after it.
 */
final class SpatialPyramidPooling extends SingleInputBlock {
    private final int[][] grids;

    /** @param grids cells per grid as {mel cells, frame cells} */
    SpatialPyramidPooling(int[]... grids) {
        this.grids = grids.clone();
    }

    int cells() {
        int cells = 1;
        for (int[] grid : grids) {
            cells += grid[0] * grid[1];
        }
        return cells;
    }

    @Override
    protected NDArray forward(ParameterStore parameters, NDArray input, boolean training) {
        long mels = input.getShape().get(2);
        long frames = input.getShape().get(3);
        NDList cells = new NDList(cells());
        cells.add(input.mean(new int[] {2}).max(new int[] {2}));
        for (int[] grid : grids) {
            requireAtLeastOnePixelPerCell(mels, frames, grid);
            for (int melCell = 0; melCell < grid[0]; melCell++) {
                for (int frameCell = 0; frameCell < grid[1]; frameCell++) {
                    NDArray region = input.get(new NDIndex(":, :, {}:{}, {}:{}",
                            start(melCell, grid[0], mels), end(melCell, grid[0], mels),
                            start(frameCell, grid[1], frames), end(frameCell, grid[1], frames)));
                    // PyTorch's max reduces one axis at a time: flatten the cell first
                    NDArray pixels = region.reshape(region.getShape().get(0), region.getShape().get(1), -1);
                    cells.add(pixels.max(new int[] {2}).add(pixels.mean(new int[] {2})));
                }
            }
        }
        NDArray stacked = NDArrays.stack(cells, 2);
        return stacked.reshape(input.getShape().get(0), -1);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1) * cells());
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }

    private static long start(int cell, int cellCount, long size) {
        return Math.floorDiv(cell * size, cellCount);
    }

    private static long end(int cell, int cellCount, long size) {
        return -Math.floorDiv(-(cell + 1) * size, cellCount);
    }

    private static void requireAtLeastOnePixelPerCell(long mels, long frames, int[] grid) {
        if (mels < grid[0] || frames < grid[1]) {
            throw new IllegalArgumentException("a " + mels + " x " + frames + " feature map is too small for a "
                    + grid[0] + " x " + grid[1] + " pyramid grid: use a longer crop or more mel bins");
        }
    }
}
