package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WaveformSummaryTest {
    private static final int RATE = 8000;

    private static float[] noise(int length, long seed) {
        Random random = new Random(seed);
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (float) (random.nextGaussian() * 0.3);
        }
        return samples;
    }

    @Test
    void everyZoomMatchesTheExtremesOfTheSamplesUnderEachColumn() {
        float[] samples = noise(RATE * 7 + 123, 3);
        WaveformSummary summary = WaveformSummary.of(samples, RATE);
        for (int columns : new int[] {3, 97, 640, 5000}) {
            float[][] drawn = summary.columns(0, summary.durationSeconds(), columns);
            double perColumn = (double) samples.length / columns;
            for (int column = 0; column < columns; column++) {
                int first = (int) Math.floor(column * perColumn);
                int last = (int) Math.floor((column + 1) * perColumn);
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (int i = first; i < Math.max(first + 1, last); i++) {
                    min = Math.min(min, samples[i]);
                    max = Math.max(max, samples[i]);
                }
                // A column reads whole summary blocks, so it may see a few samples beyond its edges, never fewer.
                assertTrue(drawn[0][column] <= min, "min of column " + column + " of " + columns);
                assertTrue(drawn[1][column] >= max, "max of column " + column + " of " + columns);
            }
        }
    }

    @Test
    void aWideViewReadsACoarseLevelNotTheSamples() {
        WaveformSummary summary = WaveformSummary.of(noise(RATE * 600, 5), RATE);
        assertTrue(summary.levels() > 5);
        double samplesPerColumn = RATE * 600.0 / 1000;
        int level = summary.levelFor(samplesPerColumn);
        assertTrue(WaveformSummary.blockSize(level) <= samplesPerColumn);
        assertTrue(WaveformSummary.blockSize(level) * WaveformSummary.FANOUT > samplesPerColumn);
    }

    @Test
    void columnsPastTheEndAreEmpty() {
        WaveformSummary summary = WaveformSummary.of(noise(RATE, 7), RATE);
        float[][] drawn = summary.columns(0, 2, 100);
        assertTrue(Float.isNaN(drawn[0][99]));
        assertEquals(false, Float.isNaN(drawn[0][10]));
    }
}
