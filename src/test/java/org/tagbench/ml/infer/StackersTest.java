package org.tagbench.ml.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tagbench.metrics.Lwlrap;

/**
 * Two "models" predict 6 classes: a good one (clear margin, mild noise) and a nearly blind one.
 * The mean lets the blind one drown the good one; a stacker fitted on one half of the clips (their
 * out-of-fold predictions) must beat the mean on the other half.
 */
class StackersTest {
    private static final int CLIPS = 600;
    private static final int CLASSES = 6;
    private static final int FITTED = 400;

    private final boolean[][] truth = new boolean[CLIPS][CLASSES];
    private final float[][] good = new float[CLIPS][CLASSES];
    private final float[][] blind = new float[CLIPS][CLASSES];

    StackersTest() {
        Random random = new Random(8);
        for (int n = 0; n < CLIPS; n++) {
            truth[n][random.nextInt(CLASSES)] = true;
            if (random.nextDouble() < 0.3) {
                truth[n][random.nextInt(CLASSES)] = true;
            }
            for (int c = 0; c < CLASSES; c++) {
                double signal = truth[n][c] ? 1.5 : -1.5;
                good[n][c] = (float) sigmoid(signal + random.nextGaussian() * 1.5);
                blind[n][c] = (float) sigmoid(0.1 * signal + random.nextGaussian() * 3);
            }
        }
    }

    @Test
    void classWeightStackerStartsAtTheMeanAndLearnsToTrustTheGoodModel() {
        ClassWeightStacker untrained = ClassWeightStacker.fit(part(List.of(good, blind), 0, FITTED), part(truth, 0, FITTED),
                new ClassWeightStacker.Settings(0, 0.01, 0));
        float[][] mean = Combiners.mean(List.of(good, blind));
        assertArrayEquals(mean[3], untrained.combine(List.of(good, blind))[3], 1e-5f);

        ClassWeightStacker stacker = ClassWeightStacker.fit(part(List.of(good, blind), 0, FITTED), part(truth, 0, FITTED),
                ClassWeightStacker.Settings.DEFAULT);
        double stacked = heldOutLwlrap(stacker);
        double averaged = heldOutLwlrap(EnsembleCombiner.mean());
        assertTrue(stacked > averaged + 0.03, "stacker " + stacked + " vs mean " + averaged);
        for (double[] weights : stacker.modelWeights()) {
            assertTrue(weights[0] > Math.abs(weights[1]), "good model outweighs the blind one: " + Arrays.toString(weights));
        }
    }

    @Test
    void gatedMlpStackerBeatsTheMean() {
        GatedMlpStacker.Settings small = new GatedMlpStacker.Settings(32, 16, 0.1f, 1e-2f, 64, 15, 5);
        try (GatedMlpStacker stacker = GatedMlpStacker.fit(part(List.of(good, blind), 0, FITTED),
                part(truth, 0, FITTED), small, Device.cpu())) {
            double stacked = heldOutLwlrap(stacker);
            double averaged = heldOutLwlrap(EnsembleCombiner.mean());
            assertTrue(stacked > averaged + 0.03, "gated MLP " + stacked + " vs mean " + averaged);
        }
    }

    @Test
    void rankAverageAndGeometricMeanAlsoLoseToTheGoodModelAlone() {
        double goodAlone = heldOutLwlrap(predictions -> predictions.get(0));
        for (EnsembleCombiner combiner : List.of(EnsembleCombiner.mean(), EnsembleCombiner.geometricMean(),
                EnsembleCombiner.rankAverage())) {
            assertTrue(heldOutLwlrap(combiner) < goodAlone, "a blind member drags a fixed combination down");
        }
    }

    private double heldOutLwlrap(EnsembleCombiner combiner) {
        float[][] combined = combiner.combine(part(List.of(good, blind), FITTED, CLIPS));
        double[][] scores = new double[combined.length][CLASSES];
        for (int n = 0; n < combined.length; n++) {
            for (int c = 0; c < CLASSES; c++) {
                scores[n][c] = combined[n][c];
            }
        }
        return Lwlrap.compute(part(truth, FITTED, CLIPS), scores).overall();
    }

    private static List<float[][]> part(List<float[][]> models, int from, int to) {
        return models.stream().map(m -> Arrays.copyOfRange(m, from, to)).toList();
    }

    private static boolean[][] part(boolean[][] rows, int from, int to) {
        return Arrays.copyOfRange(rows, from, to);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
