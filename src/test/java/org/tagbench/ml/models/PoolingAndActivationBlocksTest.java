package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.engine.TorchRuntime;

class PoolingAndActivationBlocksTest {
    /** One clip, one channel, 2 mel bins x 4 frames holding 0..7 row by row. */
    private static final float[] RAMP = {0, 1, 2, 3, 4, 5, 6, 7};
    private static final Shape RAMP_SHAPE = new Shape(1, 1, 2, 4);

    @Test
    void parametricReluStartsWithAQuarterSlopeOnNegatives() {
        assertArrayEquals(new float[] {-0.5f, 0f, 3f}, run(new ParametricRelu(), new float[] {-2, 0, 3}, new Shape(3)), 1e-6f);
    }

    @Test
    void maxPlusAvgPoolAddsBothOverEachWindow() {
        // windows of 1 mel x 2 frames: {0,1} {2,3} {4,5} {6,7}
        assertArrayEquals(new float[] {1.5f, 5.5f, 9.5f, 13.5f}, run(new MaxPlusAvgPool(1, 2), RAMP, RAMP_SHAPE), 1e-6f);
        assertEquals(new Shape(1, 1, 1, 2), new MaxPlusAvgPool(2, 2).getOutputShapes(new Shape[] {RAMP_SHAPE})[0]);
    }

    @Test
    void spatialPyramidPoolingGivesTheGlobalCellThenEachGridCell() {
        // global: mean over mels (2, 3, 4, 5), then max over frames = 5;
        // 1 x 2 grid: {0,1,4,5} -> 5 + 2.5, {2,3,6,7} -> 7 + 4.5
        SpatialPyramidPooling pyramid = new SpatialPyramidPooling(new int[] {1, 2});
        assertArrayEquals(new float[] {5f, 7.5f, 11.5f}, run(pyramid, RAMP, RAMP_SHAPE), 1e-6f);
        assertEquals(new Shape(1, 3), pyramid.getOutputShapes(new Shape[] {RAMP_SHAPE})[0]);
    }

    @Test
    void pixelShufflePoolingFoldsMelPairsIntoChannelsThenTakesMaxOverTimeAndMeanOverPairs() {
        // one channel, mel rows (0,1) (2,3) (4,5) (6,7) [+ an odd fifth row that is dropped]:
        // first bins of the pairs {0,1},{4,5} -> max 1, 5 -> mean 3; second bins {2,3},{6,7} -> 3, 7 -> 5
        float[] fiveMels = {0, 1, 2, 3, 4, 5, 6, 7, 100, 100};
        assertArrayEquals(new float[] {3f, 5f}, run(new PixelShufflePooling(), fiveMels, new Shape(1, 1, 5, 2)), 1e-6f);
    }

    @Test
    void attentionGatesKeepTheShapeAndOnlyRescale() {
        Shape shape = new Shape(2, 8, 3, 5);
        for (Block gate : new Block[] {SqueezeExcitation.spatialAndChannel(8, 4), SqueezeExcitation.channel(8, 4), new Cbam(8, 4)}) {
            float[] ones = new float[(int) shape.size()];
            Arrays.fill(ones, 1f);
            float[] gated = run(gate, ones, shape);
            assertEquals(shape, gate.getOutputShapes(new Shape[] {shape})[0]);
            // sigmoid gates scale by (0, 1) each; scSE adds two gated copies
            for (float value : gated) {
                assertTrue(value > 0 && value < 2, gate + " gave " + value);
            }
        }
    }

    private static float[] run(Block block, float[] values, Shape shape) {
        try (NDManager manager = TorchRuntime.engine().newBaseManager()) {
            block.initialize(manager, DataType.FLOAT32, shape);
            NDArray input = manager.create(values, shape);
            return block.forward(new ParameterStore(manager, false), new NDList(input), false).singletonOrThrow().toFloatArray();
        }
    }
}
