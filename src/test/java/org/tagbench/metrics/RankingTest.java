package org.tagbench.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void bestFirst() {
        assertArrayEquals(new int[] {3, 1, 4}, Ranking.topIndices(new double[] {0.1, 0.7, 0.2, 0.9, 0.5}, 3));
    }

    @Test
    void tiesKeepClassOrder() {
        assertArrayEquals(new int[] {1, 2, 4}, Ranking.topIndices(new double[] {0.1, 0.5, 0.5, 0.2, 0.5, 0.5}, 3));
        assertArrayEquals(new int[] {0, 1, 2}, Ranking.topIndices(new double[5], 3));
    }

    @Test
    void fewerClassesThanK() {
        assertArrayEquals(new int[] {1, 0}, Ranking.topIndices(new double[] {0.1, 0.2}, 3));
        assertArrayEquals(new int[0], Ranking.topIndices(new double[] {0.1, 0.2}, 0));
    }

    @Test
    void agreesWithAStableSortOnRandomTiedScores() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            double[] scores = random.ints(1 + random.nextInt(12), 0, 4).asDoubleStream().toArray();
            int k = random.nextInt(6);
            int[] expected = IntStream.range(0, scores.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> scores[c]).reversed())
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, Ranking.topIndices(scores, k));
        }
    }

    @Test
    void refusesNaNAndNegativeK() {
        assertThrows(IllegalArgumentException.class, () -> Ranking.topIndices(new double[] {Double.NaN}, 1));
        assertThrows(IllegalArgumentException.class, () -> Ranking.topIndices(new double[] {1}, -1));
    }
}
