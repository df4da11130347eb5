package org.tagbench.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class TimeCropTest {
    private static final float[][] RAMP = {{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}};

    @Test
    void centreCropTakesTheMiddleWindow() {
        float[][] crop = TimeCrop.center(RAMP, 2);
        assertArrayEquals(new float[] {3, 4}, crop[0]);
        assertArrayEquals(new float[] {9, 10}, crop[1]);
    }

    @Test
    void windowsReachingOutsideTheClipTakeItsMinimum() {
        assertArrayEquals(new float[] {1, 1, 2}, TimeCrop.window(RAMP, -1, 3)[0]);
        assertArrayEquals(new float[] {12, 1, 1}, TimeCrop.window(RAMP, 5, 3)[1]);
    }

    @Test
    void shortClipsArePaddedEvenlyWithTheMinimum() {
        float[][] crop = TimeCrop.center(RAMP, 9);
        assertArrayEquals(new float[] {1, 1, 2, 3, 4, 5, 6, 1, 1}, crop[0]);
        assertArrayEquals(new float[] {1, 7, 8, 9, 10, 11, 12, 1, 1}, crop[1]);
    }
}
