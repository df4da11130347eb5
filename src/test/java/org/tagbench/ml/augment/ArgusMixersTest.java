package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArgusMixersTest {
    private static LabeledSpectrogram constant(float value, float[] targets) {
        float[][] spectrogram = new float[2][40];
        for (float[] row : spectrogram) {
            java.util.Arrays.fill(row, value);
        }
        return new LabeledSpectrogram(spectrogram, targets);
    }

    private static final LabeledSpectrogram ONES = constant(1, new float[] {1, 0, 0});
    private static final LabeledSpectrogram ZEROS = constant(0, new float[] {0, 1, 1});

    @Test
    void sigmoidConcatHandsOverSmoothlyFromThePartnerToTheClip() {
        LabeledSpectrogram mixed = ArgusMixers.sigmoidConcat(ONES, ZEROS, 6);
        float[] row = mixed.spectrogram()[0];
        // With a = 1 and b = 0 the row is the mask itself: sigmoid over arange(-6, 6, 12/40).
        assertEquals(1 / (1 + Math.exp(6)), row[0], 1e-6);
        assertEquals(0.5, row[20], 1e-6);
        assertEquals(1 / (1 + Math.exp(-(6 - 12.0 / 40))), row[39], 1e-6);
        for (int t = 1; t < row.length; t++) {
            assertTrue(row[t] > row[t - 1], "rises at frame " + t);
        }
        assertArrayEquals(row, mixed.spectrogram()[1], "every mel band gets the same mask");
        assertArrayEquals(new float[] {1, 1, 1}, mixed.targets(), "both clips are audible: OR of the labels");
    }

    @Test
    void addMixesInputsAndTargetsWithTheSameWeight() {
        LabeledSpectrogram mixed = ArgusMixers.add(ONES, ZEROS, 0.3);
        assertEquals(0.7f, mixed.spectrogram()[1][5], 1e-6f);
        assertArrayEquals(new float[] {0.7f, 0.3f, 0.3f}, mixed.targets(), 1e-6f);
    }

    @Test
    void mixDrawsSigmoidConcatSixTimesInTenAndAddWeightsUnderAHalf() {
        SplittableRandom random = new SplittableRandom(11);
        int concat = 0;
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            LabeledSpectrogram mixed = ArgusMixers.mix(ONES, ZEROS, random);
            if (mixed.targets()[0] == 1f && mixed.targets()[1] == 1f) {
                concat++;
            } else {
                float alpha = mixed.targets()[1];
                assertTrue(alpha >= 0 && alpha < 0.5, "add weight " + alpha);
            }
        }
        assertEquals(0.6, (double) concat / draws, 0.03);
    }
}
