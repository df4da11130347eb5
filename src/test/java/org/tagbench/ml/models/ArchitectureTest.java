package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void everyArchitectureIsFoundByItsIdAndBuildsLogitsForEveryHead() {
        for (Architecture architecture : Architecture.values()) {
            assertEquals(architecture, Architecture.fromId(" " + architecture.id().toUpperCase() + " "));
            // 80 x 80 is about the least every network accepts (Inception's strides need 75)
            NetworkSpec small = new NetworkSpec(architecture.publishedSpec().inputChannels(), 80, 80, 7, 0.0625);
            Shape[] outputs = NetworkTestKit.forwardShapes(architecture.build(small), small.inputShape(2));
            assertEquals(architecture.headWeights().length, outputs.length, architecture.id());
            for (Shape output : outputs) {
                assertEquals(new Shape(2, 7), output, architecture.id());
            }
        }
    }

    @Test
    void onlyAuxSkipAttentionHasWeightedAuxiliaryHeads() {
        assertArrayEquals(new float[] {1f, 0.4f, 0.2f, 0.1f}, Architecture.AUX_SKIP_ATTENTION.headWeights());
        assertArrayEquals(new float[] {1f}, Architecture.CNN_MODEL_1.headWeights());
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Architecture.fromId("resnet"));
        assertTrue(error.getMessage().contains("cnn-model-1"), error.getMessage());
    }
}
