package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomResizedCropTest {

    @Test
    void keepsTheShapeAndStaysWithinTheInputsRange() {
        float[][] clip = TestSpectrograms.numbered(16, 32);
        SplittableRandom random = new SplittableRandom(3);
        for (int draw = 0; draw < 50; draw++) {
            float[][] zoomed = RandomResizedCrop.FIRST_PLACE.apply(clip, random);
            assertEquals(16, zoomed.length);
            assertEquals(32, zoomed[0].length);
            for (float[] row : zoomed) {
                for (float value : row) {
                    assertTrue(value >= 1000 && value <= 1000 + 100 * 15 + 31);
                }
            }
        }
    }

    @Test
    void theWholeImageAtItsOwnRatioComesBackUnchanged() {
        float[][] clip = TestSpectrograms.numbered(16, 32);
        RandomResizedCrop identity = new RandomResizedCrop(1.0, 1.0, 2.0, 2.0);
        float[][] same = identity.apply(clip, new SplittableRandom(1));
        for (int mel = 0; mel < 16; mel++) {
            assertArrayEquals(clip[mel], same[mel], 1e-3f);
        }
    }

    @Test
    void regionsRespectScaleAndRatio() {
        SplittableRandom random = new SplittableRandom(17);
        for (int draw = 0; draw < 200; draw++) {
            RandomResizedCrop.Region region = RandomResizedCrop.FIRST_PLACE.chooseRegion(128, 256, random);
            double scale = (double) region.mels() * region.frames() / (128 * 256);
            double ratio = (double) region.frames() / region.mels();
            assertTrue(scale > 0.78 && scale <= 1.0, "scale " + scale);
            assertTrue(ratio > 1.65 && ratio < 2.35, "ratio " + ratio);
            assertTrue(region.melStart() + region.mels() <= 128 && region.frameStart() + region.frames() <= 256);
        }
    }

    @Test
    void upsamplingALinearRampKeepsItLinearInsideTheBorders() {
        float[][] ramp = new float[1][8];
        for (int frame = 0; frame < 8; frame++) {
            ramp[0][frame] = frame;
        }
        float[][] resized = RandomResizedCrop.resizeBilinear(ramp, new RandomResizedCrop.Region(0, 1, 2, 4), 1, 8);
        // region frames 2..5 stretched to 8 frames: centres at 2 + (i + 0.5) / 2 - 0.5, clamped to [2, 5]
        assertArrayEquals(new float[] {2f, 2.25f, 2.75f, 3.25f, 3.75f, 4.25f, 4.75f, 5f}, resized[0], 1e-6f);
    }
}
