package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ColormapTest {
    @Test
    void endsAreTheFirstAndLastStops() {
        assertEquals(0xFF440154, Colormap.VIRIDIS.argb(0));
        assertEquals(0xFFFDE725, Colormap.VIRIDIS.argb(1));
        assertEquals(0xFF000004, Colormap.MAGMA.argb(-5));
        assertEquals(0xFFFFFFFF, Colormap.GREY.argb(2));
        assertEquals(0xFF808080, Colormap.GREY.argbAtLevel(128));
    }

    @Test
    void rasterMapsFloorAndCeilingToTheEndsWithTheHighestBandOnTop() {
        ClipSpectrogram spectrogram = new ClipSpectrogram(org.tagbench.dsp.MelConfig.preset("fsd7th8th"), 4);
        float[][] values = new float[128][4];
        values[127][0] = -20;
        values[0][0] = -100;
        for (int band = 1; band < 127; band++) {
            values[band][0] = -60;
        }
        spectrogram.fill(0, values);
        int[] pixels = SpectrogramRaster.paintChunk(spectrogram, 0, 0, 127, Colormap.GREY, -100, -20);
        assertEquals(0xFFFFFFFF, pixels[0], "top row is the highest band");
        assertEquals(0xFF000000, pixels[127 * 4], "bottom row is the lowest band");
        assertNotEquals(pixels[0], pixels[4]);
        assertEquals(Colormap.MAGMA.argb(1), SpectrogramRaster.colourBar(Colormap.MAGMA, 50)[0]);
    }
}
