package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TimeCropTest {

    private static final float[][] MEL = {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}};

    @Test
    void cropsInsideTheClip() {
        float[][] crop = TimeCrop.crop(MEL, 1, 3, -1f);
        assertArrayEquals(new float[] {2, 3, 4}, crop[0]);
        assertArrayEquals(new float[] {7, 8, 9}, crop[1]);
    }

    @Test
    void padsColumnsOutsideTheClip() {
        float[][] crop = TimeCrop.crop(MEL, -2, 9, -1f);
        assertArrayEquals(new float[] {-1, -1, 1, 2, 3, 4, 5, -1, -1}, crop[0]);
        assertArrayEquals(new float[] {-1, -1, -1}, TimeCrop.crop(MEL, 7, 3, -1f)[1]);
    }

    @Test
    void centredStartPutsTheSmallerHalfOfThePaddingFirst() {
        assertEquals(-1, TimeCrop.centredStart(5, 8));
        assertEquals(-2, TimeCrop.centredStart(5, 9));
        assertEquals(1, TimeCrop.crop(MEL, TimeCrop.centredStart(5, 8), 8, 0f)[0][1]);
    }

    @Test
    void minimumIsTheSilenceLevel() {
        assertEquals(1f, TimeCrop.minimum(MEL));
    }

    @Test
    void audioPaddingCentresShortClipsWithZeros() {
        float[] clip = {1, 2, 3};
        assertArrayEquals(new float[] {0, 1, 2, 3, 0, 0}, AudioPadding.centre(clip, 6));
        assertSame(clip, AudioPadding.centre(clip, 3));
    }
}
