package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogScaleTest {

    @Test
    void powerToDbDefaultsAreLibrosas() {
        LogScale scale = LogScale.powerToDb();
        assertEquals(LogScale.Kind.POWER_TO_DB, scale.kind());
        assertEquals(1.0, scale.ref());
        assertEquals(1e-10, scale.amin());
        assertEquals(80.0, scale.topDb());
    }

    @Test
    void topDbClampsRelativeToTheMaximumOfTheWholeMatrix() {
        float[][] matrix = {{100f, 1e-3f}, {1e-12f, 0f}};
        LogScale.powerToDb().applyInPlace(matrix);

        double max = 10 * Math.log10(100);
        assertEquals(max, matrix[0][0], 1e-5);
        assertEquals(10 * Math.log10(1e-3), matrix[0][1], 1e-5);
        assertEquals(max - 80, matrix[1][0], 1e-5, "below the floor of the whole matrix");
        assertEquals(max - 80, matrix[1][1], 1e-5, "zero hits amin, then the floor");
    }

    @Test
    void refAndAminShiftAndFloorLikeLibrosa() {
        float[][] matrix = {{10f, 0f}};
        LogScale.powerToDb(10.0, 1e-4, Double.POSITIVE_INFINITY).applyInPlace(matrix);
        assertEquals(0.0, matrix[0][0], 1e-6);
        assertEquals(10 * Math.log10(1e-4) - 10, matrix[0][1], 1e-5, "no top-dB clamp when infinite");
    }

    @Test
    void lnOffsetAddsTheOffsetBeforeTheNaturalLog() {
        float[][] matrix = {{0f, 1f, 5e-4f}};
        LogScale.lnOffset(1e-4).applyInPlace(matrix);
        assertArrayEquals(new float[] {(float) Math.log(1e-4), (float) Math.log(1 + 1e-4), (float) Math.log(6e-4)},
                matrix[0], 1e-6f);
    }

    @Test
    void noneLeavesValuesAlone() {
        float[][] matrix = {{3f, -2f}};
        LogScale.none().applyInPlace(matrix);
        assertArrayEquals(new float[] {3f, -2f}, matrix[0]);
    }

    @Test
    void rejectsParametersThatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> LogScale.powerToDb(1.0, 0.0, 80));
        assertThrows(IllegalArgumentException.class, () -> LogScale.powerToDb(1.0, 1e-10, -1));
        assertThrows(IllegalArgumentException.class, () -> LogScale.lnOffset(0));
        assertThrows(IllegalArgumentException.class, () -> new LogScale(null, 1, 1, 1, 1));
    }
}
