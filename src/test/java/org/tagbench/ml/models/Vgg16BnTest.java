package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class Vgg16BnTest {
    private static final NetworkSpec TINY = new NetworkSpec(1, 32, 32, 5, 0.0625);
    /** torchvision's vgg16_bn().features for 3 input channels: 14,723,136 trainable weights. */
    private static final long VGG16_BN_FEATURES = 14_723_136L;
    /** BN(1024), 1024->512, BN(512), 512->80. */
    private static final long CONCAT_POOL_HEAD_80 = 2 * 1024 + (1024 * 512 + 512) + 2 * 512 + (512 * 80 + 80);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(Vgg16Bn.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void hasTheWeightsOfTorchvisionsVgg16BnFeaturesPlusTheFastaiHead() {
        NetworkSpec published = new NetworkSpec(3, 128, 128, 80, 1.0);
        long counted = ParameterCount.trainableAfterInitialising(Vgg16Bn.build(published), published.inputShape(1));
        assertEquals(VGG16_BN_FEATURES + CONCAT_POOL_HEAD_80, counted);
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(Vgg16Bn.build(TINY), TINY.inputShape(4), 5);
    }
}
