package org.tagbench.ml.models;

import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.tagbench.testsupport.Slow;

class AveMaxCnn9Test {
    private static final NetworkSpec TINY = new NetworkSpec(1, 32, 32, 5, 0.125);
    /** 5 s of audio at hop 512 is 431 frames of 64 mel bins. */
    private static final NetworkSpec PUBLISHED = new NetworkSpec(1, 64, 431, 80, 1.0);

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkTestKit.assertLogits(AveMaxCnn9.build(TINY), TINY.inputShape(2), 5);
        NetworkTestKit.assertLogits(AveMaxCnn9.buildWithSqueezeExcitation(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void theGlobalFeatureVariantTakesStatisticsAndClipLengthToo() {
        NetworkTestKit.assertLogits(AveMaxCnn9.buildWithGlobalFeatures(TINY, true), 5, withGlobalFeatures(TINY, 2));
    }

    @Test
    void itsConvolutionalPartHasThePublishedSize() {
        AveMaxCnn9 network = AveMaxCnn9.build(PUBLISHED);
        ParameterCount.trainableAfterInitialising(network, PUBLISHED.inputShape(1));
        NetworkTestKit.assertWithinTwoPercent(4.83e6, ParameterCount.trainable(network.backbone()));
    }

    @Test
    void withTheGlobalFeatureBranchItHasAboutTheSizeOfV1mix() {
        long counted = ParameterCount.trainableAfterInitialising(
                AveMaxCnn9.buildWithGlobalFeatures(PUBLISHED, false), withGlobalFeatures(PUBLISHED, 1));
        NetworkTestKit.assertWithinTwoPercent(5.2e6, counted);
    }

    @Test
    void theSqueezeExcitationVariantWithGlobalFeaturesHasAboutItsPublishedSize() {
        long counted = ParameterCount.trainableAfterInitialising(
                AveMaxCnn9.buildWithGlobalFeatures(PUBLISHED, true), withGlobalFeatures(PUBLISHED, 1));
        NetworkTestKit.assertWithinTwoPercent(5.6e6, counted);
    }

    @Slow
    @Test
    void aFewAdamStepsOnOneBatchLowerTheLoss() {
        NetworkTestKit.assertTrainingLowersLoss(AveMaxCnn9.buildWithSqueezeExcitation(TINY), TINY.inputShape(4), 5);
    }

    @Slow
    @Test
    void theGlobalFeatureVariantTrainsToo() {
        NetworkTestKit.assertTrainingLowersLoss(AveMaxCnn9.buildWithGlobalFeatures(TINY, false), 5, withGlobalFeatures(TINY, 4));
    }

    private static Shape[] withGlobalFeatures(NetworkSpec spec, int batch) {
        Shape[] extra = AveMaxCnn9.globalFeatureInputShapes(batch);
        return new Shape[] {spec.inputShape(batch), extra[0], extra[1]};
    }
}
