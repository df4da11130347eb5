package org.tagbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankIsAValueThatOccurred() {
        double[] sorted = {15, 20, 35, 40, 50};
        // The classic example: the 30th, 40th, 50th and 100th percentiles by nearest rank.
        assertEquals(20, Percentiles.nearestRank(sorted, 30));
        assertEquals(20, Percentiles.nearestRank(sorted, 40));
        assertEquals(35, Percentiles.nearestRank(sorted, 50));
        assertEquals(50, Percentiles.nearestRank(sorted, 100));
        assertEquals(15, Percentiles.nearestRank(sorted, 0));
    }

    @Test
    void nearestRankMedianOfAnEvenCountIsTheLowerMiddleValue() {
        assertEquals(2, Percentiles.nearestRank(new double[] {1, 2, 3, 4}, 50));
    }

    @Test
    void nearestRankP95KeepsTheReviewQueueThresholdOfTwentyScores() {
        double[] sorted = new double[20];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        assertEquals(18, Percentiles.nearestRank(sorted, 95));
    }

    @Test
    void linearMatchesNumpy() {
        // numpy.percentile([1, 2, 3, 4], [25, 50, 90]) == [1.75, 2.5, 3.7]
        float[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, Percentiles.linear(sorted, 25), 1e-12);
        assertEquals(2.5, Percentiles.linear(sorted, 50), 1e-12);
        assertEquals(3.7, Percentiles.linear(sorted, 90), 1e-6);
    }

    @Test
    void noValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(new double[0], 50));
    }
}
