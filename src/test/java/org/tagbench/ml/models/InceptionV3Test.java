package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class InceptionV3Test {
    /** 80 x 80 is just above the 75 x 75 the stride-2 stages need. */
    private static final NetworkSpec TINY = new NetworkSpec(1, 80, 80, 5, 0.0625);

    @Test
    void givesOneLogitPerClassForEachClipWithOneOrThreeChannels() {
        NetworkTestKit.assertLogits(InceptionV3.build(TINY), TINY.inputShape(2), 5);
        NetworkSpec threeChannels = new NetworkSpec(3, 80, 80, 5, 0.0625);
        NetworkTestKit.assertLogits(InceptionV3.build(threeChannels), threeChannels.inputShape(2), 5);
    }

    @Test
    void hasTorchvisionsWeightCountWithoutTheAuxiliaryHead() {
        // torchvision's inception_v3: 27,161,264 weights, of which its auxiliary classifier holds 3,326,696
        NetworkSpec imageNet = new NetworkSpec(3, 299, 299, 1000, 1.0);
        assertEquals(27_161_264L - 3_326_696L,
                ParameterCount.trainableAfterInitialising(InceptionV3.build(imageNet), imageNet.inputShape(1)));
    }

    @Test
    void theSeventhPlaceSizesForOneAndThreeChannels() {
        NetworkSpec oneChannel = new NetworkSpec(1, 128, 128, 80, 1.0);
        NetworkSpec threeChannels = new NetworkSpec(3, 128, 128, 80, 1.0);
        long withThree = ParameterCount.trainableAfterInitialising(InceptionV3.build(threeChannels), threeChannels.inputShape(1));
        long withOne = ParameterCount.trainableAfterInitialising(InceptionV3.build(oneChannel), oneChannel.inputShape(1));
        assertEquals(21_949_488L, withThree);
        assertEquals(withThree - 2 * 3 * 3 * 32, withOne, "only the first conv sees the input channels");
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        // with 4 clips of 80 x 80 the batch statistics of its 94 BN layers, over 1 x 1 maps at the
        // end, swing too much for 5 steps to descend reliably; 8 clips of 96 x 96 do
        NetworkSpec trainable = new NetworkSpec(1, 96, 96, 5, 0.0625);
        NetworkTestKit.assertTrainingLowersLoss(InceptionV3.build(trainable), trainable.inputShape(8), 5);
    }
}
