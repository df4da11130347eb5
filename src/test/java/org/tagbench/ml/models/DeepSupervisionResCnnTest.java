package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.testsupport.Slow;

class DeepSupervisionResCnnTest {
    private static final NetworkSpec TINY = new NetworkSpec(1, 32, 32, 5, 0.08);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(DeepSupervisionResCnn.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void blockWidthsGrowByHalfFromOneHundred() {
        NetworkSpec published = TINY.withWidth(1.0);
        int[] widths = new int[DeepSupervisionResCnn.BLOCKS];
        for (int block = 0; block < widths.length; block++) {
            widths[block] = DeepSupervisionResCnn.blockWidth(published, block);
        }
        assertArrayEquals(new int[] {100, 150, 225, 337, 506}, widths);
    }

    @Test
    void hasAboutTheParameterCountOfTheThirdPlaceAtWidthOne() {
        NetworkSpec published = new NetworkSpec(1, 128, 128, 80, 1.0);
        long counted = ParameterCount.trainableAfterInitialising(DeepSupervisionResCnn.build(published), published.inputShape(1));
        NetworkTestKit.assertWithinTwoPercent(9.25e6, counted);
    }

    @Test
    void frequencyEncodingAppendsARampFromMinusOneToOneOverTheMelBins() {
        try (NDManager manager = TorchRuntime.engine().newBaseManager()) {
            FrequencyEncoding encoding = new FrequencyEncoding();
            Shape shape = new Shape(1, 1, 3, 2);
            encoding.initialize(manager, DataType.FLOAT32, shape);
            NDArray input = manager.create(new float[] {7, 7, 8, 8, 9, 9}, shape);
            float[] encoded = encoding.forward(new ParameterStore(manager, false), new NDList(input), false)
                    .singletonOrThrow().toFloatArray();
            assertArrayEquals(new float[] {7, 7, 8, 8, 9, 9, -1, -1, 0, 0, 1, 1}, encoded, 1e-6f);
        }
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(DeepSupervisionResCnn.build(TINY), TINY.inputShape(4), 5);
    }
}
