package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpecAugmentTest {
    private static final int MELS = 40;
    private static final int FRAMES = 50;

    @Test
    void masksOnlyWholeMelBandsAndWholeTimeSpansWithTheMinimum() {
        float[][] clip = TestSpectrograms.numbered(MELS, FRAMES);
        SplittableRandom random = new SplittableRandom(4);
        for (int draw = 0; draw < 100; draw++) {
            float[][] masked = SpecAugment.FIRST_PLACE.apply(clip, random);
            // every cell is above the minimum 1000 except (0, 0), which holds it: masked cells read 1000
            boolean[][] changed = new boolean[MELS][FRAMES];
            for (int mel = 0; mel < MELS; mel++) {
                for (int frame = 0; frame < FRAMES; frame++) {
                    changed[mel][frame] = masked[mel][frame] == 1000f;
                }
            }
            boolean[] fullMels = new boolean[MELS];
            boolean[] fullFrames = new boolean[FRAMES];
            for (int mel = 0; mel < MELS; mel++) {
                fullMels[mel] = allTrue(changed[mel]);
            }
            for (int frame = 0; frame < FRAMES; frame++) {
                boolean all = true;
                for (int mel = 0; mel < MELS; mel++) {
                    all &= changed[mel][frame];
                }
                fullFrames[frame] = all;
            }
            for (int mel = 0; mel < MELS; mel++) {
                for (int frame = 0; frame < FRAMES; frame++) {
                    boolean original = masked[mel][frame] == clip[mel][frame];
                    assertTrue(original || changed[mel][frame], "a cell changed to something other than the minimum");
                    if (changed[mel][frame] && (mel > 0 || frame > 0)) {
                        assertTrue(fullMels[mel] || fullFrames[frame], "a lone masked cell at " + mel + "," + frame);
                    }
                }
            }
            // at most two bands of at most 15 % of 40 bins (5 each) and two spans of 20 % of 50 frames (9 each)
            assertTrue(countTrue(fullMels) <= 2 * 5, "mel bins masked: " + countTrue(fullMels));
            assertTrue(countTrue(fullFrames) <= 2 * 9, "frames masked: " + countTrue(fullFrames));
        }
    }

    @Test
    void masksSomethingOverManyDrawsAndNeverTouchesTheInput() {
        float[][] clip = TestSpectrograms.numbered(MELS, FRAMES);
        SplittableRandom random = new SplittableRandom(8);
        int masked = 0;
        for (int draw = 0; draw < 20; draw++) {
            masked += TestSpectrograms.count(TestSpectrograms.changedCells(clip, SpecAugment.FIRST_PLACE.apply(clip, random)));
        }
        assertTrue(masked > 0);
        assertArrayEquals(TestSpectrograms.numbered(MELS, FRAMES)[7], clip[7]);
    }

    @Test
    void appliedWithProbabilityZeroItPassesTheInputThrough() {
        float[][] clip = TestSpectrograms.numbered(MELS, FRAMES);
        assertSame(clip, SpecAugment.FIRST_PLACE.withProbability(0).apply(clip, new SplittableRandom(1)));
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean value : values) {
            if (!value) {
                return false;
            }
        }
        return true;
    }

    private static int countTrue(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
