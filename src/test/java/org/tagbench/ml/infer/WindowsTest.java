package org.tagbench.ml.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowsTest {
    @Test
    void tilesStepThroughTheClipAndEndFlushWithIt() {
        assertArrayEquals(new int[] {0, 48, 96, 144, 172}, Windows.tileStarts(300, 128, 48));
        assertArrayEquals(new int[] {0, 64, 128}, Windows.tileStarts(256, 128, 64));
        assertArrayEquals(new int[] {0}, Windows.tileStarts(128, 128, 64));
    }

    @Test
    void aShortClipGetsOneCentredWindow() {
        assertArrayEquals(new int[] {-14}, Windows.tileStarts(100, 128, 48));
        assertArrayEquals(new int[] {-14, -14}, Windows.randomStarts(100, 128, 2, new Random(1)));
    }

    @Test
    void strengthAdaptiveCropsFavourTheLoudPart() {
        float[][] clip = new float[8][400];
        for (float[] row : clip) {
            for (int t = 300; t < 340; t++) {
                row[t] = 10f;
            }
        }
        int[] adaptive = Windows.strengthAdaptiveStarts(clip, 64, 200, new Random(2));
        int[] random = Windows.randomStarts(400, 64, 200, new Random(2));
        assertTrue(countCovering(adaptive, 300, 340, 64) > 190, "adaptive crops should hit the loud part");
        assertTrue(countCovering(random, 300, 340, 64) < 120, "uniform crops mostly miss it");
        for (int start : adaptive) {
            assertTrue(start >= 0 && start <= 400 - 64);
        }
    }

    @Test
    void aFlatClipFallsBackToUniformCrops() {
        int[] starts = Windows.strengthAdaptiveStarts(new float[4][100], 20, 50, new Random(3));
        for (int start : starts) {
            assertTrue(start >= 0 && start <= 80);
        }
    }

    private static int countCovering(int[] starts, int from, int to, int frames) {
        int count = 0;
        for (int start : starts) {
            count += start < to && start + frames > from ? 1 : 0;
        }
        return count;
    }
}
