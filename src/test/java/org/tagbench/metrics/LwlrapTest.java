package org.tagbench.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LwlrapTest {
    private static final double TOLERANCE = 1e-9;

    static List<GoldenCases.Case> cases() {
        return GoldenCases.all();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void overallMatchesScikitLearn(GoldenCases.Case golden) {
        LwlrapResult result = Lwlrap.compute(golden.truth(), golden.scores());
        assertEquals(golden.expected().lwlrap_sklearn(), result.overall(), TOLERANCE);
    }

    /** The official accumulator breaks ties by argsort order, so expected.json gives its values only without ties. */
    static List<GoldenCases.Case> casesWithOfficialValues() {
        return GoldenCases.all().stream().filter(c -> c.expected().lwlrap_official() != null).toList();
    }

    @ParameterizedTest
    @MethodSource("casesWithOfficialValues")
    void matchesTheOfficialAccumulatorWhereGiven(GoldenCases.Case golden) {
        GoldenCases.Expected expected = golden.expected();
        LwlrapResult result = Lwlrap.compute(golden.truth(), golden.scores());
        assertEquals(expected.lwlrap_official(), result.overall(), TOLERANCE);
        assertArrayEquals(expected.per_class_lwlrap(), result.perClass(), TOLERANCE);
        assertArrayEquals(expected.class_weight(), result.classWeight(), TOLERANCE);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perClassWeightedByShareGivesOverall(GoldenCases.Case golden) {
        LwlrapResult result = Lwlrap.compute(golden.truth(), golden.scores());
        double weighted = 0;
        double weightSum = 0;
        for (int c = 0; c < result.perClass().length; c++) {
            weighted += result.perClass()[c] * result.classWeight()[c];
            weightSum += result.classWeight()[c];
        }
        assertEquals(result.overall(), weighted, TOLERANCE);
        assertEquals(1.0, weightSum, TOLERANCE);
    }

    /** sklearn weighted by labels per clip is lwlrap, so the label-weighted mean of clipLrap must reproduce it. */
    @ParameterizedTest
    @MethodSource("cases")
    void labelWeightedMeanOfClipLrapIsTheScikitLearnValue(GoldenCases.Case golden) {
        double weighted = 0;
        int labels = 0;
        for (int clip = 0; clip < golden.truth().length; clip++) {
            int clipLabels = GoldenCases.labelCount(golden.truth()[clip]);
            if (clipLabels > 0) {
                weighted += clipLabels * Lwlrap.clipLrap(golden.truth()[clip], golden.scores()[clip]);
                labels += clipLabels;
            }
        }
        assertEquals(golden.expected().lwlrap_sklearn(), weighted / labels, TOLERANCE);
    }

    /** Per class there is no reference value for ties: check against the definition, evaluated the slow way. */
    @ParameterizedTest
    @MethodSource("cases")
    void perClassAndClipLrapMatchTheDefinitionComputedPairwise(GoldenCases.Case golden) {
        boolean[][] truth = golden.truth();
        double[][] scores = golden.scores();
        int classes = truth[0].length;
        double[] sum = new double[classes];
        int[] count = new int[classes];
        for (int clip = 0; clip < truth.length; clip++) {
            double clipSum = 0;
            for (int label = 0; label < classes; label++) {
                if (truth[clip][label]) {
                    double precision = pairwisePrecision(truth[clip], scores[clip], label);
                    sum[label] += precision;
                    count[label]++;
                    clipSum += precision;
                }
            }
            int clipLabels = GoldenCases.labelCount(truth[clip]);
            if (clipLabels > 0) {
                assertEquals(clipSum / clipLabels, Lwlrap.clipLrap(truth[clip], scores[clip]), TOLERANCE);
            }
        }
        double[] perClass = new double[classes];
        for (int c = 0; c < classes; c++) {
            perClass[c] = count[c] == 0 ? 0 : sum[c] / count[c];
        }
        assertArrayEquals(perClass, Lwlrap.compute(truth, scores).perClass(), TOLERANCE);
    }

    /** scikit-learn: rank = classes scoring at least as high; hits = true labels among them. */
    private static double pairwisePrecision(boolean[] truth, double[] scores, int label) {
        int rank = 0;
        int hits = 0;
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] >= scores[label]) {
                rank++;
                hits += truth[c] ? 1 : 0;
            }
        }
        return (double) hits / rank;
    }

    @Test
    void clipsWithoutLabelsAreIgnored() {
        GoldenCases.Case small = GoldenCases.named("small");
        int clips = small.truth().length;
        boolean[][] truth = Arrays.copyOf(small.truth(), clips + 1);
        double[][] scores = Arrays.copyOf(small.scores(), clips + 1);
        truth[clips] = new boolean[truth[0].length];
        scores[clips] = new Random(7).doubles(truth[0].length).toArray();
        LwlrapResult withEmptyClip = Lwlrap.compute(truth, scores);
        LwlrapResult without = Lwlrap.compute(small.truth(), small.scores());
        assertEquals(without.overall(), withEmptyClip.overall(), 0.0);
        assertArrayEquals(without.perClass(), withEmptyClip.perClass(), 0.0);
        assertTrue(Double.isNaN(Lwlrap.clipLrap(truth[clips], scores[clips])));
    }

    @Test
    void noLabelAtAllGivesNaNOverall() {
        LwlrapResult result = Lwlrap.compute(new boolean[2][3], new double[2][3]);
        assertTrue(Double.isNaN(result.overall()));
        assertArrayEquals(new double[3], result.perClass(), 0.0);
        assertArrayEquals(new double[3], result.classWeight(), 0.0);
    }

    @Test
    void aTieCountsAsRankedAbove() {
        boolean[] truth = {false, false, false, true};
        double[] equalScores = {0.5, 0.5, 0.5, 0.5};
        assertEquals(1.0 / truth.length, Lwlrap.clipLrap(truth, equalScores), 0.0);
        boolean[] allTrue = {true, true, true, true};
        assertEquals(1.0, Lwlrap.clipLrap(allTrue, equalScores), 0.0);
    }

    @Test
    void negativeZeroTiesWithZero() {
        boolean[] truth = {true, false};
        assertEquals(0.5, Lwlrap.clipLrap(truth, new double[] {0.0, -0.0}), 0.0);
        assertEquals(0.5, Lwlrap.clipLrap(truth, new double[] {-0.0, 0.0}), 0.0);
    }

    @Test
    void nanScoresAreRefusedNamingClipAndClass() {
        boolean[][] truth = {{true, false}, {false, true}};
        double[][] scores = {{0.1, 0.2}, {0.3, Double.NaN}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lwlrap.compute(truth, scores));
        assertEquals("clip 1: score of class 1 is NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Lwlrap.clipLrap(truth[1], scores[1]));
    }

    @Test
    void mismatchedShapesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Lwlrap.compute(new boolean[2][3], new double[3][3]));
        assertThrows(IllegalArgumentException.class,
                () -> Lwlrap.compute(new boolean[][] {{true, false}}, new double[][] {{0.1}}));
        assertThrows(IllegalArgumentException.class,
                () -> Lwlrap.clipLrap(new boolean[2], new double[3]));
    }
}
