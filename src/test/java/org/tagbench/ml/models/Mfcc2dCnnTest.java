package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Mfcc2dCnnTest {
    @Test
    void hasTheWeightsOfThe2018KernelsKerasModel() {
        // Keras "same" convs keep 40 x 173; four 2 x 2 valid poolings give 2 x 10, so the flatten holds 32 x 2 x 10
        int flatten = 32 * 2 * 10;
        long byHand = (4 * 10 * 1 * 32 + 32) + 3 * (4 * 10 * 32 * 32 + 32) + 4 * (2 * 32)
                + (flatten * 64 + 64) + 2 * 64 + (64 * 41 + 41);
        NetworkSpec published = Mfcc2dCnn.PUBLISHED;
        assertEquals(byHand, ParameterCount.trainableAfterInitialising(Mfcc2dCnn.build(published), published.inputShape(1)));
    }

    @Test
    void givesOneLogitPerClassForEachClip() {
        NetworkSpec tiny = new NetworkSpec(1, 40, 173, 5, 0.25);
        NetworkTestKit.assertLogits(Mfcc2dCnn.build(tiny), tiny.inputShape(2), 5);
    }
}
