package org.tagbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapAt3Test {

    @Test
    void reproducesEveryGoldenMap3() {
        List<GoldenCases.Case> withMap3 = GoldenCases.all().stream()
                .filter(c -> c.expected().map3() != null).toList();
        assertTrue(!withMap3.isEmpty(), "expected.json should hold at least one MAP@3 case");
        for (GoldenCases.Case golden : withMap3) {
            assertEquals(golden.expected().map3(), MapAt3.compute(golden.truth(), golden.scores()), 1e-9,
                    golden.expected().name());
        }
    }

    @Test
    void scoresOneOverRankInTheTopThreeElseZero() {
        boolean[][] truth = {
            {true, false, false, false},
            {true, false, false, false},
            {true, false, false, false},
            {true, false, false, false},
        };
        double[][] scores = {
            {0.9, 0.1, 0.2, 0.3},
            {0.5, 0.9, 0.1, 0.2},
            {0.5, 0.9, 0.8, 0.2},
            {0.1, 0.9, 0.8, 0.7},
        };
        assertEquals((1 + 1.0 / 2 + 1.0 / 3 + 0) / 4, MapAt3.compute(truth, scores), 1e-15);
    }

    @Test
    void theBestRankedOfSeveralLabelsCounts() {
        boolean[][] truth = {{false, true, true, false}};
        double[][] scores = {{0.9, 0.8, 0.1, 0.7}};
        assertEquals(1.0 / 2, MapAt3.compute(truth, scores), 0.0);
    }

    @Test
    void aTiedWrongClassCountsAsRankedAbove() {
        boolean[][] truth = {{false, true, false, false}};
        assertEquals(1.0 / 2, MapAt3.compute(truth, new double[][] {{0.9, 0.9, 0.1, 0.0}}), 0.0);
        assertEquals(0.0, MapAt3.compute(truth, new double[][] {{0.5, 0.5, 0.5, 0.5}}), 0.0);
    }

    @Test
    void trueLabelsTiedAtTheTopStillScoreOne() {
        boolean[][] truth = {{true, true, false, false}};
        assertEquals(1.0, MapAt3.compute(truth, new double[][] {{0.9, 0.9, 0.1, 0.0}}), 0.0);
    }

    @Test
    void clipsWithoutLabelsAreIgnoredAndNoneGivesNaN() {
        boolean[][] truth = {{true, false, false, false}, {false, false, false, false}};
        double[][] scores = {{0.9, 0.1, 0.2, 0.3}, {0.9, 0.1, 0.2, 0.3}};
        assertEquals(1.0, MapAt3.compute(truth, scores), 0.0);
        assertTrue(Double.isNaN(MapAt3.compute(new boolean[1][4], new double[1][4])));
    }

    @Test
    void nanIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MapAt3.compute(new boolean[][] {{true}}, new double[][] {{Double.NaN}}));
    }
}
