package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RandomCropTest {

    @Test
    void aLongClipGivesAContiguousWindowAndEveryStartCanOccur() {
        float[][] clip = TestSpectrograms.numbered(3, 10);
        SplittableRandom random = new SplittableRandom(1);
        TreeSet<Integer> starts = new TreeSet<>();
        for (int draw = 0; draw < 200; draw++) {
            float[][] window = RandomCrop.crop(clip, 4, RandomCrop.Padding.WRAP, random);
            int start = (int) window[0][0] - 1000;
            starts.add(start);
            for (int mel = 0; mel < 3; mel++) {
                assertArrayEquals(Arrays.copyOfRange(clip[mel], start, start + 4), window[mel]);
            }
        }
        assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6)), starts);
    }

    @Test
    void wrapPaddingRepeatsTheClipAroundItSplitEvenly() {
        float[][] clip = {{1, 2, 3}};
        // 4 frames of padding, 2 each side, taken cyclically as numpy's "wrap" does
        assertArrayEquals(new float[] {2, 3, 1, 2, 3, 1, 2}, RandomCrop.padToAtLeast(clip, 7, RandomCrop.Padding.WRAP)[0]);
    }

    @Test
    void minimumPaddingFillsWithTheSmallestValueAndPutsTheOddFrameRight() {
        float[][] clip = {{5, -2, 4}, {0, 1, 2}};
        float[][] padded = RandomCrop.padToAtLeast(clip, 6, RandomCrop.Padding.MINIMUM);
        assertArrayEquals(new float[] {-2, 5, -2, 4, -2, -2}, padded[0]);
        assertArrayEquals(new float[] {-2, 0, 1, 2, -2, -2}, padded[1]);
    }

    @Test
    void aShortClipIsPaddedToExactlyTheWindow() {
        float[][] clip = {{1, 2, 3}};
        float[][] window = RandomCrop.crop(clip, 5, RandomCrop.Padding.MINIMUM, new SplittableRandom(3));
        assertArrayEquals(new float[] {1, 1, 2, 3, 1}, window[0]);
    }

    @Test
    void randomPaddingUsesBothModesAndLeavesTheInputAlone() {
        float[][] clip = {{1, 2, 3}};
        SplittableRandom random = new SplittableRandom(5);
        boolean sawWrap = false;
        boolean sawMinimum = false;
        for (int draw = 0; draw < 50; draw++) {
            float[] window = RandomCrop.cropWithRandomPadding(clip, 5, random)[0];
            sawWrap |= window[0] == 3;
            sawMinimum |= window[0] == 1 && window[4] == 1;
        }
        assertTrue(sawWrap && sawMinimum);
        assertArrayEquals(new float[] {1, 2, 3}, clip[0]);
    }

    @Test
    void theSameSeedGivesTheSameCrop() {
        float[][] clip = TestSpectrograms.numbered(2, 50);
        assertArrayEquals(RandomCrop.crop(clip, 8, RandomCrop.Padding.WRAP, new SplittableRandom(9))[1],
                RandomCrop.crop(clip, 8, RandomCrop.Padding.WRAP, new SplittableRandom(9))[1]);
    }
}
