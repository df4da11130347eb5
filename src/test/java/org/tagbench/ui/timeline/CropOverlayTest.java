package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.dsp.MelConfig;

class CropOverlayTest {
    /** A spectrogram at -80 dB everywhere except a loud stretch of frames [loudFrom, loudTo). */
    private static ClipSpectrogram withLoudStretch(int frames, int loudFrom, int loudTo) {
        MelConfig config = MelConfig.preset("fsd7th8th");
        ClipSpectrogram spectrogram = new ClipSpectrogram(config, frames);
        for (int chunk = 0; chunk < spectrogram.chunks(); chunk++) {
            float[][] values = new float[config.nMels()][spectrogram.chunkWidth(chunk)];
            for (int band = 0; band < values.length; band++) {
                for (int x = 0; x < values[band].length; x++) {
                    int frame = spectrogram.chunkStart(chunk) + x;
                    values[band][x] = frame >= loudFrom && frame < loudTo ? -10 : -80;
                }
            }
            spectrogram.fill(chunk, values);
        }
        return spectrogram;
    }

    @Test
    void strengthsPeakWhereTheWindowCoversTheLoudStretch() {
        CropOverlay overlay = CropOverlay.of(withLoudStretch(600, 300, 400));
        double[] strengths = overlay.normalisedStrengths();
        assertEquals(128, overlay.width());
        assertEquals(600 - 128 + 1, strengths.length);
        assertEquals(0, strengths[0], 1e-9);
        assertEquals(1, strengths[300], 1e-9);
        assertEquals(1, strengths[272], 1e-9);
        assertTrue(strengths[250] < strengths[290]);
    }

    @Test
    void sampledCropsFavourLoudWindowsAndRepeatWithTheSeed() {
        CropOverlay overlay = CropOverlay.of(withLoudStretch(1000, 700, 820));
        int[] first = overlay.sampleStarts(200, 42);
        assertArrayEquals(first, overlay.sampleStarts(200, 42));
        long overlapping = java.util.Arrays.stream(first).filter(start -> start + 128 > 700 && start < 820).count();
        assertEquals(200, overlapping, "the weakest windows are almost never drawn");
        assertTrue(!java.util.Arrays.equals(first, overlay.sampleStarts(200, 43)));
    }

    @Test
    void tileStepsPickTheFirstOrEighthPlaceGrid() {
        assertEquals(256, CropOverlay.tileGrid(64).tileFrames());
        assertEquals(128, CropOverlay.tileGrid(48).tileFrames());
        int[] starts = CropOverlay.tileGrid(48).starts(500);
        assertTrue(starts[0] <= 0 && starts[starts.length - 1] + 128 >= 500, "tiles cover the clip");
    }
}
