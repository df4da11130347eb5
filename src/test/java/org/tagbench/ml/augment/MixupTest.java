package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MixupTest {
    private static final LabeledSpectrogram DOG = new LabeledSpectrogram(new float[][] {{0, 10}, {20, 30}}, new float[] {1, 0, 0});
    private static final LabeledSpectrogram BELL = new LabeledSpectrogram(new float[][] {{10, 10}, {0, 50}}, new float[] {0, 1, 1});

    @Test
    void weightedMixupMixesInputsAndTargetsAlike() {
        LabeledSpectrogram mixed = Mixup.weighted(DOG, BELL, 0.25);
        assertArrayEquals(new float[] {2.5f, 10f}, mixed.spectrogram()[0], 1e-5f);
        assertArrayEquals(new float[] {15f, 35f}, mixed.spectrogram()[1], 1e-5f);
        assertArrayEquals(new float[] {0.75f, 0.25f, 0.25f}, mixed.targets(), 1e-6f);
    }

    @Test
    void fixedRatioKeepsSeventyPercentOfTheFirstClip() {
        LabeledSpectrogram mixed = Mixup.fixedRatio(DOG, BELL, 0.7);
        assertArrayEquals(new float[] {3f, 10f}, mixed.spectrogram()[0], 1e-5f);
        assertArrayEquals(new float[] {0.7f, 0.3f, 0.3f}, mixed.targets(), 1e-6f);
    }

    @Test
    void orRuleKeepsEveryClassOfBothClipsAtFullStrength() {
        LabeledSpectrogram overlapping = new LabeledSpectrogram(BELL.spectrogram(), new float[] {1, 1, 0});
        LabeledSpectrogram mixed = Mixup.orRule(DOG, overlapping, 0.5);
        assertArrayEquals(new float[] {1, 1, 0}, mixed.targets());
        assertArrayEquals(new float[] {5f, 10f}, mixed.spectrogram()[0], 1e-5f);
    }

    @Test
    void refusesClipsOfDifferentSizes() {
        LabeledSpectrogram longer = new LabeledSpectrogram(new float[][] {{1, 2, 3}, {4, 5, 6}}, new float[] {0, 0, 1});
        assertThrows(IllegalArgumentException.class, () -> Mixup.weighted(DOG, longer, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Mixup.weighted(DOG, BELL, 1.5));
    }

    @Test
    void betaWeightsHaveTheMeanOfTheirDistribution() {
        SplittableRandom random = new SplittableRandom(21);
        double symmetric = 0;
        double skewed = 0;
        int draws = 20_000;
        for (int draw = 0; draw < draws; draw++) {
            double lambda = Mixup.betaLambda(random, 0.4);
            assertTrue(lambda >= 0 && lambda <= 1);
            symmetric += lambda;
            skewed += BetaDistribution.sample(random, 2, 5);
        }
        assertEquals(0.5, symmetric / draws, 0.01);
        assertEquals(2.0 / 7, skewed / draws, 0.01);
    }
}
