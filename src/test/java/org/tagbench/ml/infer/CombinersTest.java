package org.tagbench.ml.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CombinersTest {
    private static final float[][] A = {{0.9f, 0.1f}, {0.5f, 0.4f}, {0.1f, 0.8f}};
    private static final float[][] B = {{0.4f, 0.0f}, {0.8f, 0.4f}, {0.2f, 0.2f}};

    @Test
    void meanAndGeometricMean() {
        float[][] mean = Combiners.mean(List.of(A, B));
        assertArrayEquals(new float[] {0.65f, 0.05f}, mean[0], 1e-6f);
        float[][] geometric = Combiners.geometricMean(List.of(A, B));
        assertEquals(Math.sqrt(0.9 * 0.4), geometric[0][0], 1e-6);
        assertEquals(Math.sqrt(0.1 * Combiners.PROBABILITY_FLOOR), geometric[0][1], 1e-6, "a zero is floored, not fatal");
    }

    @Test
    void rankAverageIgnoresCalibrationAndSharesTies() {
        float[][] ranks = Combiners.rankAverage(List.of(A, B));
        // class 0: A ranks clips (2, 1, 0)/2 -> (1, .5, 0); B ranks (0.4, 0.8, 0.2) -> (.5, 1, 0)
        assertArrayEquals(new float[] {0.75f, 0.75f, 0f}, new float[] {ranks[0][0], ranks[1][0], ranks[2][0]}, 1e-6f);
        // class 1 of A: 0.1 < 0.4 < 0.8 -> (0, .5, 1); of B: 0.0 < 0.2 < 0.4 -> (0, 1, .5)
        assertArrayEquals(new float[] {0f, 0.75f, 0.75f}, new float[] {ranks[0][1], ranks[1][1], ranks[2][1]}, 1e-6f);
        float[][] tied = Combiners.rankAverage(java.util.Collections.singletonList(new float[][] {{0.3f}, {0.3f}, {0.9f}}));
        assertArrayEquals(new float[] {0.25f, 0.25f, 1f}, new float[] {tied[0][0], tied[1][0], tied[2][0]}, 1e-6f);
    }

    @Test
    void shapesMustAgree() {
        assertThrows(IllegalArgumentException.class, () -> Combiners.mean(List.of(A, new float[][] {{1f, 1f}})));
    }
}
