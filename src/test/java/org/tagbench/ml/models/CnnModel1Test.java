package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class CnnModel1Test {
    private static final NetworkSpec TINY = new NetworkSpec(1, 32, 32, 5, 0.125);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(CnnModel1.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void hasAboutTheParameterCountOfTheEighthPlaceAtWidthOne() {
        NetworkSpec published = new NetworkSpec(3, 128, 128, 80, 1.0);
        long counted = ParameterCount.trainableAfterInitialising(CnnModel1.build(published), published.inputShape(1));
        NetworkTestKit.assertWithinTwoPercent(5.3e6, counted);
        // 8 convs with bias (3 input channels), their BN, head BN(1024), 1024->512, BN(512), 512->80
        long byHand = 9L * (3 * 64 + 64 * 64 + 64 * 128 + 128 * 128 + 128 * 256 + 256 * 256 + 256 * 512 + 512 * 512)
                + 2 * (64 + 128 + 256 + 512) + 2 * 2 * (64 + 128 + 256 + 512)
                + 2 * 1024 + (1024 * 512 + 512) + 2 * 512 + (512 * 80 + 80);
        assertEquals(byHand, counted);
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(CnnModel1.build(TINY), TINY.inputShape(4), 5);
    }
}
