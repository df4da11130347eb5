package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class ScseSppCnnTest {
    /** 64 x 64 leaves a 7 x 9 map after the five blocks, enough for the 5 x 4 pyramid grid. */
    private static final NetworkSpec TINY = new NetworkSpec(1, 64, 64, 5, 0.125);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(ScseSppCnn.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void keepsItsFeatureCountForALongerCrop() {
        NetworkSpec longer = new NetworkSpec(1, 64, 96, 5, 0.125);
        NetworkTestKit.assertLogits(ScseSppCnn.build(longer), longer.inputShape(2), 5);
    }

    @Test
    void refusesAnInputTooSmallForThePyramid() {
        NetworkSpec tooSmall = new NetworkSpec(1, 16, 16, 5, 0.125);
        assertThrows(IllegalArgumentException.class,
                () -> NetworkTestKit.forwardShapes(ScseSppCnn.build(tooSmall), tooSmall.inputShape(1)));
    }

    @Test
    void hasAboutTheParameterCountOfTheSeventhPlaceAtWidthOne() {
        NetworkSpec published = new NetworkSpec(1, 128, 128, 80, 1.0);
        long counted = ParameterCount.trainableAfterInitialising(ScseSppCnn.build(published), published.inputShape(1));
        NetworkTestKit.assertWithinTwoPercent(8.9e6, counted);
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(ScseSppCnn.build(TINY), TINY.inputShape(4), 5);
    }
}
