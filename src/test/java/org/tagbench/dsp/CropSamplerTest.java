package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CropSamplerTest {

    @Test
    void aLongClipGivesAContiguousWindowAndEveryStartCanOccur() {
        float[][] clip = numbered(3, 10);
        SplittableRandom random = new SplittableRandom(1);
        TreeSet<Integer> starts = new TreeSet<>();
        for (int draw = 0; draw < 200; draw++) {
            float[][] window = CropSampler.UNIFORM.cut(clip, clip, 4, random);
            int start = (int) window[0][0] - 1000;
            starts.add(start);
            for (int band = 0; band < 3; band++) {
                assertArrayEquals(Arrays.copyOfRange(clip[band], start, start + 4), window[band]);
            }
        }
        assertEquals(new TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6)), starts);
    }

    @Test
    void wrapPaddingRepeatsTheClipAroundItSplitEvenly() {
        float[][] clip = {{1, 2, 3}};
        // 4 frames of padding, 2 each side, taken cyclically as numpy's "wrap" does
        assertArrayEquals(new float[] {2, 3, 1, 2, 3, 1, 2},
                TimeCrop.crop(clip, TimeCrop.centredStart(3, 7), 7, TimeCrop.Padding.WRAP)[0]);
    }

    @Test
    void minimumPaddingFillsWithTheSmallestValueAndPutsTheOddFrameRight() {
        float[][] clip = {{5, -2, 4}, {0, 1, 2}};
        float[][] padded = TimeCrop.crop(clip, TimeCrop.centredStart(3, 6), 6, TimeCrop.Padding.MINIMUM);
        assertArrayEquals(new float[] {-2, 5, -2, 4, -2, -2}, padded[0]);
        assertArrayEquals(new float[] {-2, 0, 1, 2, -2, -2}, padded[1]);
    }

    @Test
    void aShortClipIsCentredInEveryUniformCrop() {
        SplittableRandom random = new SplittableRandom(3);
        for (int draw = 0; draw < 20; draw++) {
            assertEquals(-1, TimeCrop.uniformStart(3, 5, random));
        }
    }

    @Test
    void randomPaddingUsesBothModesAndLeavesTheInputAlone() {
        float[][] clip = {{1, 2, 3}};
        SplittableRandom random = new SplittableRandom(5);
        boolean sawWrap = false;
        boolean sawMinimum = false;
        for (int draw = 0; draw < 50; draw++) {
            float[] window = CropSampler.UNIFORM.cut(clip, clip, 5, random)[0];
            sawWrap |= window[0] == 3;
            sawMinimum |= window[0] == 1 && window[4] == 1;
        }
        assertTrue(sawWrap && sawMinimum);
        assertArrayEquals(new float[] {1, 2, 3}, clip[0]);
    }

    @Test
    void theSameSeedGivesTheSameCrop() {
        float[][] clip = numbered(2, 50);
        for (CropSampler sampler : CropSampler.values()) {
            assertArrayEquals(sampler.cut(clip, clip, 8, new SplittableRandom(9))[1],
                    sampler.cut(clip, clip, 8, new SplittableRandom(9))[1]);
        }
    }

    @Test
    void strengthAdaptiveCropsAreDrawnOnTheScoredMatrixAndCutFromTheInput() {
        float[][] scored = new float[8][400];
        for (float[] band : scored) {
            Arrays.fill(band, -80f);
            Arrays.fill(band, 300, 340, 0f);
        }
        float[][] input = numbered(8, 400);
        SplittableRandom random = new SplittableRandom(2);
        int loud = 0;
        for (int draw = 0; draw < 200; draw++) {
            float[][] window = CropSampler.STRENGTH_ADAPTIVE.cut(scored, input, 64, random);
            int start = (int) window[0][0] - 1000;
            assertArrayEquals(Arrays.copyOfRange(input[3], start, start + 64), window[3]);
            loud += start < 340 && start + 64 > 300 ? 1 : 0;
        }
        // the kernel gives every start at least one accepted draw, so a quiet start is rare but possible
        assertTrue(loud >= 190, loud + " of 200 strength-adaptive crops cover the loud part");
    }

    @Test
    void presetNamesMapToSamplers() {
        assertEquals(CropSampler.UNIFORM, CropSampler.byPresetName("random"));
        assertEquals(CropSampler.STRENGTH_ADAPTIVE, CropSampler.byPresetName("strength-adaptive"));
        assertEquals(CropSampler.UNIFORM, CropSampler.byPresetName(null));
    }

    /** Band b, frame t holds 1000 * (b + 1) + t, so a window tells where it came from. */
    static float[][] numbered(int bands, int frames) {
        float[][] clip = new float[bands][frames];
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < frames; t++) {
                clip[b][t] = 1000f * (b + 1) + t;
            }
        }
        return clip;
    }
}
