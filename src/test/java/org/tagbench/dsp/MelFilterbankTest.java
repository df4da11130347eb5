package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MelFilterbankTest {

    @Test
    void matchesLibrosaSlaneyFilterbank() {
        double[][] expected = GoldenMel.matrix("filterbank.sr44100.nfft2560.mels128.fmin20.csv");
        double[][] actual = MelFilterbank.slaney(44_100, 2560, 128, 20, 22_050).dense();

        assertEquals(expected.length, actual.length);
        double maxError = 0;
        for (int band = 0; band < expected.length; band++) {
            assertEquals(expected[band].length, actual[band].length);
            for (int bin = 0; bin < expected[band].length; bin++) {
                maxError = Math.max(maxError, Math.abs(expected[band][bin] - actual[band][bin]));
            }
        }
        assertTrue(maxError <= 1e-6, "max abs filterbank error " + maxError);
    }

    @Test
    void sparseProjectionEqualsDenseProduct() {
        MelFilterbank filterbank = MelFilterbank.slaney(44_100, 1024, 64, 0, 22_050);
        double[][] dense = filterbank.dense();
        double[] spectrum = new Random(7).doubles(filterbank.binCount(), 0, 10).toArray();
        double[] projected = new double[filterbank.melCount()];

        filterbank.project(spectrum, projected);

        for (int band = 0; band < dense.length; band++) {
            double expected = 0;
            for (int bin = 0; bin < spectrum.length; bin++) {
                expected += dense[band][bin] * spectrum[bin];
            }
            assertEquals(expected, projected[band], 1e-12 * Math.max(1, expected));
        }
    }

    @Test
    void melScaleIsLinearBelowOneKilohertzAndRoundTrips() {
        assertEquals(2 * MelFilterbank.hzToMel(300), MelFilterbank.hzToMel(600), 1e-12);
        assertTrue(MelFilterbank.hzToMel(4000) - MelFilterbank.hzToMel(2000)
                < MelFilterbank.hzToMel(2000) - MelFilterbank.hzToMel(0), "log region compresses");
        for (double hz : new double[] {0, 5, 20, 999.9, 1000, 1000.1, 7500, 22_050}) {
            assertEquals(hz, MelFilterbank.melToHz(MelFilterbank.hzToMel(hz)), 1e-9 * Math.max(1, hz));
        }
    }

    @Test
    void everyBandHasUnitAreaOnTheHertzAxis() {
        int sampleRate = 44_100;
        int nFft = 8192;
        MelFilterbank filterbank = MelFilterbank.slaney(sampleRate, nFft, 40, 100, 16_000);
        double binHz = (double) sampleRate / nFft;
        for (double[] band : filterbank.dense()) {
            double area = 0;
            for (double weight : band) {
                area += weight * binHz;
            }
            // Slaney normalisation scales each triangle to area 1 (triangle height 2/width, area = height·width/2).
            assertEquals(1.0, area, 0.02);
        }
    }
}
