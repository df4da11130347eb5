package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class WaveformCnn1dTest {
    private static final WaveformSpec TINY = new WaveformSpec(2048, 5, 0.25);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(WaveformCnn1d.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void hasTheWeightsOfThe2018KernelAtWidthOne() {
        long byHand = (9 * 16 + 16) + (9 * 16 * 16 + 16)
                + (3 * 16 * 32 + 32) + 3 * (3 * 32 * 32 + 32)
                + (3 * 32 * 256 + 256) + (3 * 256 * 256 + 256)
                + (256 * 64 + 64) + (64 * 1028 + 1028) + (1028 * 41 + 41);
        WaveformSpec published = WaveformCnn1d.PUBLISHED;
        assertEquals(byHand, ParameterCount.trainableAfterInitialising(WaveformCnn1d.build(published), published.inputShape(1)));
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(WaveformCnn1d.build(TINY), TINY.inputShape(4), 5);
    }
}
