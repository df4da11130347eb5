package org.tagbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelQualityTest {
    @Test
    void rankPrecisionIsLowForALabelTheModelRanksBelowOthers() {
        boolean[] given = {true, false, true, false};
        double[] scores = {0.9, 0.8, 0.1, 0.7};
        double[] precision = LabelQuality.rankPrecisionPerLabel(given, scores);
        assertEquals(1.0, precision[0], 1e-12);
        assertEquals(2.0 / 4.0, precision[2], 1e-12);
        assertTrue(Double.isNaN(precision[1]));
    }

    @Test
    void rankPrecisionCountsTiesAsRankedAbove() {
        double[] precision = LabelQuality.rankPrecisionPerLabel(new boolean[] {false, true}, new double[] {0.5, 0.5});
        assertEquals(0.5, precision[1], 1e-12);
    }

    @Test
    void cleanlabScoreIsTheEmaOfSortedSelfConfidences() {
        boolean[] given = {true, false, false};
        double[] probabilities = {0.6, 0.3, 0.9};
        // self-confidences 0.6, 0.7, 0.1 -> sorted descending 0.7, 0.6, 0.1
        double ema = 0.7;
        ema = 0.8 * 0.6 + 0.2 * ema;
        ema = 0.8 * 0.1 + 0.2 * ema;
        assertEquals(ema, LabelQuality.cleanlabClipScore(given, probabilities, 0.8), 1e-12);
    }

    @Test
    void aCleanClipScoresHigherThanAMislabelledOne() {
        double[] probabilities = {0.95, 0.02, 0.03};
        double clean = LabelQuality.cleanlabClipScore(new boolean[] {true, false, false}, probabilities, 0.8);
        double wrong = LabelQuality.cleanlabClipScore(new boolean[] {false, true, false}, probabilities, 0.8);
        assertTrue(clean > 0.9 && wrong < 0.1, clean + " vs " + wrong);
    }

    @Test
    void averagePrecisionAndPrecisionAtKOfASuspectRanking() {
        double[] suspicion = {0.9, 0.8, 0.7, 0.1};
        boolean[] isError = {true, false, true, false};
        assertEquals((1.0 + 2.0 / 3.0) / 2, DetectionQuality.averagePrecision(suspicion, isError), 1e-12);
        assertEquals(0.5, DetectionQuality.precisionAt(2, suspicion, isError), 1e-12);
        assertEquals(1.0, DetectionQuality.precisionAt(1, suspicion, isError), 1e-12);
        assertTrue(Double.isNaN(DetectionQuality.averagePrecision(suspicion, new boolean[4])));
    }

    @Test
    void averagePrecisionOfAPerfectRankingIsOne() {
        assertEquals(1.0, DetectionQuality.averagePrecision(new double[] {3, 2, 1}, new boolean[] {true, true, false}), 1e-12);
    }
}
