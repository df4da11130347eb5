package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.train.DeepSupervisionLoss;
import org.tagbench.ml.train.TaggingLoss;
import org.tagbench.testsupport.Slow;

class AuxSkipAttentionTest {
    private static final NetworkSpec TINY = new NetworkSpec(1, 32, 32, 5, 0.0625);

    @Test
    void givesMainAndThreeAuxiliaryLogitsForEachClip() {
        Shape[] shapes = NetworkTestKit.forwardShapes(AuxSkipAttention.build(TINY), TINY.inputShape(2));
        assertEquals(4, shapes.length);
        for (Shape shape : shapes) {
            assertEquals(new Shape(2, 5), shape);
        }
        NetworkTestKit.assertLogits(AuxSkipAttention.build(TINY), TINY.inputShape(2), 5);
    }

    @Test
    void hasAboutTheParameterCountOfTheFirstPlaceAtWidthOne() {
        NetworkSpec published = new NetworkSpec(1, 128, 256, 80, 1.0);
        AuxSkipAttention network = AuxSkipAttention.build(published);
        long counted = ParameterCount.trainableAfterInitialising(network, published.inputShape(1));
        NetworkTestKit.assertWithinTwoPercent(17.33e6, counted);
        long auxiliary = 0;
        for (Block head : network.auxiliaryHeads()) {
            auxiliary += ParameterCount.trainable(head);
        }
        NetworkTestKit.assertWithinTwoPercent(16.87e6, counted - auxiliary);
    }

    @Slow
    @Test
    void aFewAdamStepsWithTheWeightedHeadLossesLowerTheLoss() {
        DeepSupervisionLoss loss = new DeepSupervisionLoss(TaggingLoss.bce(), AuxSkipAttention.PUBLISHED_HEAD_WEIGHTS);
        NetworkTestKit.assertTrainingLowersLoss(AuxSkipAttention.build(TINY), loss, 5, TINY.inputShape(4));
    }
}
