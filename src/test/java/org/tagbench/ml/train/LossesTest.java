package org.tagbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.loss.Loss;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.engine.TorchRuntime;

class LossesTest {
    private static final float TOLERANCE = 1e-5f;
    /** Two clips, three classes. */
    private static final float[][] LOGITS = {{2f, -1f, 0.5f}, {-3f, 0f, 4f}};
    private static final float[][] TARGETS = {{1f, 0f, 0f}, {0f, 1f, 1f}};

    private NDManager manager;

    @BeforeEach
    void openManager() {
        manager = TorchRuntime.engine().newBaseManager();
    }

    @AfterEach
    void closeManager() {
        manager.close();
    }

    @Test
    void bceMatchesTheTextbookFormulaAndDjlsOwnLoss() {
        float[] perClip = Losses.bceWithLogits(array(LOGITS), array(TARGETS)).toFloatArray();
        assertArrayEquals(new float[] {bceByHand(LOGITS[0], TARGETS[0]), bceByHand(LOGITS[1], TARGETS[1])}, perClip, TOLERANCE);
        float djl = Loss.sigmoidBinaryCrossEntropyLoss().evaluate(new NDList(array(TARGETS)), new NDList(array(LOGITS))).getFloat();
        assertEquals(djl, TaggingLoss.bce().evaluate(new NDList(array(TARGETS)), new NDList(array(LOGITS))).getFloat(), TOLERANCE);
    }

    @Test
    void bceStaysFiniteForLargeLogits() {
        float[] perClip = Losses.bceWithLogits(array(new float[][] {{200f, -200f}}), array(new float[][] {{0f, 1f}})).toFloatArray();
        assertEquals(200f, perClip[0], 1e-3f);
    }

    @Test
    void bceGradientIsSigmoidMinusTargetOverTheElementCount() {
        float[] gradient = gradient((x, y) -> TaggingLoss.bce().evaluate(new NDList(y), new NDList(x)));
        float[] expected = new float[6];
        for (int i = 0; i < 6; i++) {
            expected[i] = (sigmoid(LOGITS[i / 3][i % 3]) - TARGETS[i / 3][i % 3]) / 6f;
        }
        assertArrayEquals(expected, gradient, TOLERANCE);
    }

    @Test
    void labelSmoothingMovesTargetsTowardsOneHalf() {
        float[] smoothed = Losses.smoothTargets(array(TARGETS), 0.3f).toFloatArray();
        assertArrayEquals(new float[] {0.85f, 0.15f, 0.15f, 0.15f, 0.85f, 0.85f}, smoothed, TOLERANCE);
        float[][] smoothedByHand = {{0.85f, 0.15f, 0.15f}, {0.15f, 0.85f, 0.85f}};
        float expected = (bceByHand(LOGITS[0], smoothedByHand[0]) + bceByHand(LOGITS[1], smoothedByHand[1])) / 2;
        float loss = TaggingLoss.smoothedBce(0.3f).evaluate(new NDList(array(TARGETS)), new NDList(array(LOGITS))).getFloat();
        assertEquals(expected, loss, TOLERANCE);
    }

    @Test
    void lsepSumsExponentiatedMarginsOverNegativePositivePairs() {
        float[] perClip = Losses.lsep(array(LOGITS), array(TARGETS)).toFloatArray();
        assertArrayEquals(new float[] {lsepByHand(LOGITS[0], TARGETS[0]), lsepByHand(LOGITS[1], TARGETS[1])}, perClip, TOLERANCE);
    }

    @Test
    void lsepDoesNotOverflowWhereTheNaiveSumWould() {
        // exp(110) overflows float; log(1 + exp(110)) is 110
        float[] perClip = Losses.lsep(array(new float[][] {{-50f, 60f}}), array(new float[][] {{1f, 0f}})).toFloatArray();
        assertEquals(110f, perClip[0], 1e-3f);
    }

    @Test
    void lsepOfAClipWithoutPositivesIsZeroWithAFiniteZeroGradient() {
        float[][] noPositives = {{0f, 0f, 0f}, {0f, 0f, 0f}};
        assertArrayEquals(new float[] {0f, 0f}, Losses.lsep(array(LOGITS), array(noPositives)).toFloatArray(), TOLERANCE);
        float[] gradient = gradient((x, y) -> Losses.lsep(x, array(noPositives)).sum());
        assertArrayEquals(new float[6], gradient, TOLERANCE);
    }

    @Test
    void lsepGradientMatchesTheDerivativeByHand() {
        float[] gradient = gradient((x, y) -> Losses.lsep(x, y).sum());
        float[] expected = new float[6];
        for (int clip = 0; clip < 2; clip++) {
            float[] s = LOGITS[clip];
            float[] y = TARGETS[clip];
            double pairs = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    if (y[i] == 0 && y[j] == 1) {
                        pairs += Math.exp(s[i] - s[j]);
                    }
                }
            }
            for (int k = 0; k < 3; k++) {
                double derivative = 0;
                for (int other = 0; other < 3; other++) {
                    if (y[k] == 0 && y[other] == 1) {
                        derivative += Math.exp(s[k] - s[other]);
                    }
                    if (y[k] == 1 && y[other] == 0) {
                        derivative -= Math.exp(s[other] - s[k]);
                    }
                }
                expected[clip * 3 + k] = (float) (derivative / (1 + pairs));
            }
        }
        assertArrayEquals(expected, gradient, TOLERANCE);
    }

    @Test
    void lSoftIsBceAgainstTheBootstrappedTarget() {
        float beta = 0.7f;
        float[] perClip = Losses.lSoft(array(LOGITS), array(TARGETS), beta).toFloatArray();
        for (int clip = 0; clip < 2; clip++) {
            float[] bootstrapped = new float[3];
            for (int k = 0; k < 3; k++) {
                bootstrapped[k] = beta * TARGETS[clip][k] + (1 - beta) * sigmoid(LOGITS[clip][k]);
            }
            assertEquals(bceByHand(LOGITS[clip], bootstrapped), perClip[clip], TOLERANCE);
        }
    }

    @Test
    void lSoftGradientTreatsThePredictionInTheTargetAsAConstant() {
        // d/dx BCE(x, b*y + (1-b)*p) with p held fixed is (sigmoid(x) - target) / C = b (sigmoid(x) - y) / C
        float[] gradient = gradient((x, y) -> Losses.lSoft(x, y, 0.7f).sum());
        float[] expected = new float[6];
        for (int i = 0; i < 6; i++) {
            expected[i] = 0.7f * (sigmoid(LOGITS[i / 3][i % 3]) - TARGETS[i / 3][i % 3]) / 3f;
        }
        assertArrayEquals(expected, gradient, TOLERANCE);
    }

    @Test
    void sampleWeightsMultiplyEachClipsLoss() {
        NDArray weights = manager.create(new float[] {0.25f, 2f});
        float loss = TaggingLoss.bce().evaluate(new NDList(array(TARGETS), weights), new NDList(array(LOGITS))).getFloat();
        float expected = (0.25f * bceByHand(LOGITS[0], TARGETS[0]) + 2f * bceByHand(LOGITS[1], TARGETS[1])) / 2;
        assertEquals(expected, loss, TOLERANCE);
    }

    @Test
    void aZeroWeightRemovesTheClipFromTheGradient() {
        float[] gradient = gradient((x, y) -> TaggingLoss.lsep().evaluate(
                new NDList(y, array(new float[][] {{0f, 1f}}).reshape(2)), new NDList(x)));
        assertArrayEquals(new float[3], new float[] {gradient[0], gradient[1], gradient[2]}, 0f);
        assertTrue(Math.abs(gradient[3]) + Math.abs(gradient[4]) + Math.abs(gradient[5]) > 0.01f);
    }

    @Test
    void noisyClipsTakeLSoftAndCleanClipsBce() {
        NDArray weights = manager.create(new float[] {1f, 0.5f});
        NDArray noisy = manager.create(new float[] {0f, 1f});
        float loss = TaggingLoss.bceWithLSoftOnNoisy(0.7f)
                .evaluate(new NDList(array(TARGETS), weights, noisy), new NDList(array(LOGITS))).getFloat();
        float[] bootstrapped = new float[3];
        for (int k = 0; k < 3; k++) {
            bootstrapped[k] = 0.7f * TARGETS[1][k] + 0.3f * sigmoid(LOGITS[1][k]);
        }
        float expected = (bceByHand(LOGITS[0], TARGETS[0]) + 0.5f * bceByHand(LOGITS[1], bootstrapped)) / 2;
        assertEquals(expected, loss, TOLERANCE);
    }

    @Test
    void deepSupervisionWeighsEachHeadsLoss() {
        float[][] auxiliary = {{0f, 1f, -1f}, {2f, 2f, -2f}};
        NDList labels = new NDList(array(TARGETS));
        float loss = new DeepSupervisionLoss(TaggingLoss.bce(), 1f, 0.4f)
                .evaluate(labels, new NDList(array(LOGITS), array(auxiliary))).getFloat();
        float main = (bceByHand(LOGITS[0], TARGETS[0]) + bceByHand(LOGITS[1], TARGETS[1])) / 2;
        float aux = (bceByHand(auxiliary[0], TARGETS[0]) + bceByHand(auxiliary[1], TARGETS[1])) / 2;
        assertEquals(main + 0.4f * aux, loss, TOLERANCE);
    }

    private float[] gradient(BiFunction<NDArray, NDArray, NDArray> loss) {
        NDArray logits = array(LOGITS);
        logits.setRequiresGradient(true);
        try (GradientCollector collector = TorchRuntime.engine().newGradientCollector()) {
            collector.backward(loss.apply(logits, array(TARGETS)));
        }
        return logits.getGradient().toFloatArray();
    }

    private NDArray array(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return manager.create(flat, new Shape(rows.length, rows[0].length));
    }

    private static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    /** Mean over classes of -(y log p + (1 - y) log(1 - p)). */
    private static float bceByHand(float[] logits, float[] targets) {
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            double p = 1 / (1 + Math.exp(-logits[k]));
            sum -= targets[k] * Math.log(p) + (1 - targets[k]) * Math.log(1 - p);
        }
        return (float) (sum / logits.length);
    }

    /** log(1 + sum over negative i and positive j of exp(s_i - s_j)), summed naively. */
    private static float lsepByHand(float[] scores, float[] targets) {
        double pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (targets[i] == 0 && targets[j] == 1) {
                    pairs += Math.exp(scores[i] - scores[j]);
                }
            }
        }
        return (float) Math.log(1 + pairs);
    }
}
