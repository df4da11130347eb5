package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimeFlipTest {

    @Test
    void reversesTheFramesOfEveryMelBand() {
        float[][] clip = {{1, 2, 3}, {4, 5, 6}};
        float[][] flipped = TimeFlip.TRANSFORM.apply(clip, new SplittableRandom(0));
        assertArrayEquals(new float[] {3, 2, 1}, flipped[0]);
        assertArrayEquals(new float[] {6, 5, 4}, flipped[1]);
        assertArrayEquals(new float[] {1, 2, 3}, clip[0]);
    }

    @Test
    void flippingTwiceGivesTheClipBack() {
        float[][] clip = TestSpectrograms.numbered(3, 7);
        assertArrayEquals(clip[2], TimeFlip.flip(TimeFlip.flip(clip))[2]);
    }
}
