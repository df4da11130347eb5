package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.dsp.MelChunker;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelFilterbank;

class HoverReadoutTest {
    private static final MelConfig CONFIG = MelConfig.preset("fsd7th8th");
    private static final double PLOT_HEIGHT = 300;
    private static final TimeMapping MAPPING = new TimeMapping(0, 2, 64, 800);

    /** Every cell holds 1000 * band + frame, so a readout's decibels say exactly which cell was read. */
    private static ClipSpectrogram numbered(int frames, boolean fillAll) {
        ClipSpectrogram spectrogram = new ClipSpectrogram(CONFIG, frames);
        for (int chunk = 0; chunk < (fillAll ? spectrogram.chunks() : 1); chunk++) {
            float[][] values = new float[CONFIG.nMels()][spectrogram.chunkWidth(chunk)];
            for (int band = 0; band < values.length; band++) {
                for (int frame = 0; frame < values[band].length; frame++) {
                    values[band][frame] = 1000 * band + spectrogram.chunkStart(chunk) + frame;
                }
            }
            spectrogram.fill(chunk, values);
        }
        return spectrogram;
    }

    private static HoverReadout.Spectrogram at(double x, double y, int[] bands, ClipSpectrogram spectrogram) {
        return (HoverReadout.Spectrogram) HoverReadout.spectrogram(x, y, MAPPING, PLOT_HEIGHT, bands,
                MelChunker.bandCentresHz(CONFIG), spectrogram).orElseThrow();
    }

    @Test
    void readsTheCellThePaintedImageShowsUnderThePointer() {
        ClipSpectrogram spectrogram = numbered(600, true);
        int[] bands = {10, 69};
        double rowHeight = PLOT_HEIGHT / 60;
        double seconds = 1.234;
        int frame = (int) Math.floor(seconds / spectrogram.secondsPerFrame());
        double x = MAPPING.x(seconds);
        for (int row : new int[] {0, 1, 30, 59}) {
            int band = bands[1] - row; // SpectrogramRaster paints the highest band on the top row
            for (double y : new double[] {row * rowHeight, (row + 0.5) * rowHeight, (row + 1) * rowHeight - 1e-6}) {
                HoverReadout.Spectrogram readout = at(x, y, bands, spectrogram);
                assertEquals(band, readout.band(), "row " + row + " y " + y);
                assertEquals(1000 * band + frame, readout.decibels(), 0, "row " + row + " y " + y);
                assertEquals(seconds, readout.seconds(), 1e-9);
            }
        }
    }

    @Test
    void bandFrequencyIsThePeakOfThatBandsMelFilter() {
        ClipSpectrogram spectrogram = numbered(300, true);
        int[] bands = {0, CONFIG.nMels() - 1};
        double[][] filters = MelFilterbank.of(CONFIG).dense();
        double binHz = (double) CONFIG.sampleRate() / CONFIG.nFft();
        double rowHeight = PLOT_HEIGHT / CONFIG.nMels();
        for (int band = 0; band < CONFIG.nMels(); band++) {
            double y = (bands[1] - band + 0.5) * rowHeight;
            HoverReadout.Spectrogram readout = at(MAPPING.x(0.5), y, bands, spectrogram);
            assertEquals(band, readout.band());
            int peak = 0;
            for (int bin = 1; bin < filters[band].length; bin++) {
                peak = filters[band][bin] > filters[band][peak] ? bin : peak;
            }
            assertEquals(peak * binHz, readout.hz(), binHz, "band " + band);
        }
    }

    @Test
    void decibelsAreUnknownWhileTheChunkIsStillComputed() {
        ClipSpectrogram spectrogram = numbered(600, false);
        double lateSeconds = (ClipSpectrogram.CHUNK_FRAMES + 10) * spectrogram.secondsPerFrame();
        TimeMapping wholeClip = new TimeMapping(0, 600 * spectrogram.secondsPerFrame(), 64, 800);
        HoverReadout.Spectrogram readout = (HoverReadout.Spectrogram) HoverReadout.spectrogram(wholeClip.x(lateSeconds),
                10, wholeClip, PLOT_HEIGHT, new int[] {0, 127}, MelChunker.bandCentresHz(CONFIG), spectrogram).orElseThrow();
        assertTrue(Double.isNaN(readout.decibels()));
        assertTrue(readout.text().endsWith("… dB"), readout.text());
    }

    @Test
    void nothingOutsideThePlotOrPastTheClip() {
        ClipSpectrogram spectrogram = numbered(40, true);
        double[] centres = MelChunker.bandCentresHz(CONFIG);
        int[] bands = {0, 127};
        assertTrue(HoverReadout.spectrogram(63, 10, MAPPING, PLOT_HEIGHT, bands, centres, spectrogram).isEmpty());
        assertTrue(HoverReadout.spectrogram(100, PLOT_HEIGHT, MAPPING, PLOT_HEIGHT, bands, centres, spectrogram).isEmpty());
        assertTrue(HoverReadout.spectrogram(MAPPING.x(1.9), 10, MAPPING, PLOT_HEIGHT, bands, centres, spectrogram).isEmpty());
    }

    @Test
    void waveformReadsTheExtremesOfTheColumnUnderThePointer() {
        int rate = 1000;
        float[] samples = new float[2 * rate];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (i / (double) samples.length);
        }
        samples[1500] = -0.75f;
        WaveformSummary summary = WaveformSummary.of(samples, rate);
        TimeMapping mapping = new TimeMapping(0, 2, 0, 200); // 10 samples per pixel column
        HoverReadout.Waveform readout = (HoverReadout.Waveform) HoverReadout.waveform(150.5, mapping, summary)
                .orElseThrow();
        assertEquals(1.505, readout.seconds(), 1e-9);
        assertEquals(-0.75, readout.min(), 1e-6);
        assertTrue(readout.max() >= samples[1509] - 1e-6 && readout.max() <= samples[1520], "max " + readout.max());
        assertTrue(HoverReadout.waveform(200, mapping, summary).isEmpty());
    }
}
