package org.tagbench.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
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
    void shortClipsArePaddedEvenlyWithTheMinimum() {
        float[][] crop = TimeCrop.center(RAMP, 9);
        assertArrayEquals(new float[] {1, 1, 2, 3, 4, 5, 6, 1, 1}, crop[0]);
        assertArrayEquals(new float[] {1, 7, 8, 9, 10, 11, 12, 1, 1}, crop[1]);
    }

    @Test
    void wrapPaddingRepeatsTheClip() {
        assertArrayEquals(new float[] {6, 1, 2, 3, 4, 5, 6, 1}, TimeCrop.padWrap(RAMP, 8)[0]);
    }

    @Test
    void randomCropsStayInsideAndReachEveryStart() {
        Random random = new Random(3);
        Set<Float> starts = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            float[][] crop = TimeCrop.random(RAMP, 3, random);
            assertEquals(3, crop[0].length);
            assertEquals(crop[0][0] + 2, crop[0][2]);
            starts.add(crop[0][0]);
        }
        assertEquals(Set.of(1f, 2f, 3f, 4f), starts);
    }
}
