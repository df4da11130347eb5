package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClipWindowsTest {

    @Test
    void tilesAreTheTileGrid() {
        assertArrayEquals(new TileGrid(128, 48).starts(300), ClipWindows.tiles(128, 48).starts(new float[2][300]));
        assertArrayEquals(new int[] {-14}, ClipWindows.tiles(128, 48).starts(new float[2][100]));
    }

    @Test
    void theSameClipAndSeedGiveTheSameCropsAndAnotherSeedOthers() {
        float[][] clip = loudAt(8, 1000, 700, 760);
        for (ClipWindows.Kind kind : new ClipWindows.Kind[] {ClipWindows.Kind.UNIFORM_CROPS,
                ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS}) {
            int[] once = new ClipWindows(kind, 64, 64, 20, 7).starts(clip);
            assertArrayEquals(once, new ClipWindows(kind, 64, 64, 20, 7).starts(clip.clone()));
            assertTrue(!Arrays.equals(once, new ClipWindows(kind, 64, 64, 20, 8).starts(clip)), kind.toString());
        }
    }

    @Test
    void adaptiveCropsCoverTheLoudPartUniformCropsMostlyMissIt() {
        float[][] clip = loudAt(8, 1000, 700, 760);
        int[] adaptive = new ClipWindows(ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS, 64, 64, 200, 1).starts(clip);
        int[] uniform = new ClipWindows(ClipWindows.Kind.UNIFORM_CROPS, 64, 64, 200, 1).starts(clip);
        assertTrue(covering(adaptive, 700, 760, 64) >= 190, "adaptive crops find the loud part");
        assertTrue(covering(uniform, 700, 760, 64) < 60, "uniform crops spread over the clip");
    }

    @Test
    void fullIsOneWindowOfTheWholeClip() {
        ClipWindows full = new ClipWindows(ClipWindows.Kind.FULL, 64, 64, 0, 1);
        assertArrayEquals(new int[] {0}, full.starts(new float[2][500]));
        assertEquals(500, full.windowFrames(500));
        assertEquals(64, full.windowFrames(10));
    }

    @Test
    void evenCropsStartAtFrameZeroEndAtTheClipsEndAndLieEvenlyBetween() {
        // 1000 frames, windows of 431: start, middle ((1000 - 431) // 2 as the 2nd place), end
        assertArrayEquals(new int[] {0, 284, 569}, evenCrops(431, 3).starts(new float[2][1000]));
        assertEquals(1000, 569 + 431, "the last crop ends on the clip's last frame");
        assertArrayEquals(new int[] {0, 189, 379, 569}, evenCrops(431, 4).starts(new float[2][1000]));
        assertArrayEquals(new int[] {284}, evenCrops(431, 1).starts(new float[2][1000]), "one crop: the middle");
    }

    @Test
    void evenCropsOfAClipAsLongAsTheWindowAreTheWholeClip() {
        assertArrayEquals(new int[] {0, 0, 0}, evenCrops(431, 3).starts(new float[2][431]));
        assertArrayEquals(new int[] {0, 0, 1}, evenCrops(431, 3).starts(new float[2][432]));
    }

    @Test
    void evenCropsOfAShortClipAreCentredAndPaddedAsTheOtherModesPad() {
        float[][] clip = loudAt(2, 100, 0, 100);
        int[] starts = evenCrops(431, 3).starts(clip);
        assertArrayEquals(new int[] {-165, -165, -165}, starts);
        assertEquals(TimeCrop.centredStart(100, 431), starts[0]);
        assertEquals(TimeCrop.uniformStart(100, 431, new java.util.SplittableRandom(1)), starts[0],
                "the start training's uniform sampler gives a short clip");
    }

    @Test
    void evenCropsDoNotDependOnTheSeedOrTheClipsContent() {
        assertArrayEquals(new ClipWindows(ClipWindows.Kind.EVEN_CROPS, 64, 64, 5, 1).starts(loudAt(2, 900, 10, 20)),
                new ClipWindows(ClipWindows.Kind.EVEN_CROPS, 64, 64, 5, 2).starts(new float[2][900]));
    }

    private static ClipWindows evenCrops(int frames, int count) {
        return new ClipWindows(ClipWindows.Kind.EVEN_CROPS, frames, frames, count, 42);
    }

    @Test
    void presetModesParseAndBadOnesAreNamed() {
        assertEquals(ClipWindows.Kind.EVEN_CROPS, ClipWindows.Kind.parse("even-crops"));
        assertThrows(IllegalArgumentException.class, () -> new ClipWindows(ClipWindows.Kind.EVEN_CROPS, 64, 64, 0, 1));
        assertEquals(ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS, ClipWindows.Kind.parse("adaptive-crops"));
        assertEquals(ClipWindows.Kind.UNIFORM_CROPS, ClipWindows.Kind.parse(" Crops "));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClipWindows.Kind.parse("centre"))
                .getMessage().contains("'centre'"));
        assertThrows(IllegalArgumentException.class, () -> new ClipWindows(ClipWindows.Kind.UNIFORM_CROPS, 64, 64, 0, 1));
    }

    static float[][] loudAt(int bands, int frames, int from, int to) {
        float[][] clip = new float[bands][frames];
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < frames; t++) {
                clip[b][t] = -80f + (float) Math.sin(t * 0.37 + b) * 3f;
            }
            Arrays.fill(clip[b], from, to, 0f);
        }
        return clip;
    }

    private static int covering(int[] starts, int from, int to, int frames) {
        int count = 0;
        for (int start : starts) {
            count += start < to && start + frames > from ? 1 : 0;
        }
        return count;
    }
}
