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
            // 80 x 80 is about the least every network accepts (Inception's strides need 75); the waveform net reads
            // one row of at least about 1,700 samples
            NetworkSpec small = architecture == Architecture.WAVEFORM_CNN1D ? new NetworkSpec(1, 1, 2048, 7, 0.0625)
                    : new NetworkSpec(architecture.publishedSpec().inputChannels(), 80, 80, 7, 0.0625);
            Shape[] outputs = NetworkTestKit.forwardShapes(architecture.build(small),
                    GlobalFeatureInput.shapes(small.inputShape(2), architecture.takesGlobalFeatures()));
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
    void theInputStagesOfInceptionThreeChannelAndTheWaveformNetAreInTheNetwork() {
        // fed one channel, the 3-ch Inception has the 3-channel first conv (3 x 3 x 3 x 32 weights, not 1 x 3 x 3 x 32)
        NetworkSpec published = Architecture.INCEPTION_V3_3CH.publishedSpec();
        long threeChannel = ParameterCount.trainableAfterInitialising(Architecture.INCEPTION_V3_3CH.build(published),
                published.inputShape(1));
        long oneChannel = ParameterCount.trainableAfterInitialising(Architecture.INCEPTION_V3_1CH.build(published),
                published.inputShape(1));
        assertEquals(2 * 3 * 3 * 32, threeChannel - oneChannel);
        assertTrue(Architecture.AVEMAX_CNN9_GRU.takesGlobalFeatures());
        assertThrows(IllegalArgumentException.class,
                () -> Architecture.WAVEFORM_CNN1D.build(new NetworkSpec(1, 64, 2048, 7, 1.0)));
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Architecture.fromId("resnet"));
        assertTrue(error.getMessage().contains("cnn-model-1"), error.getMessage());
    }
}
