package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MelSpectrogramTest {

    @Test
    void shortWindowIsCentredInTheFftLikeLibrosaPadsIt() {
        MelConfig config = MelConfig.preset("dcase2019baseline");
        float[] samples = GoldenMel.signal("snare_padded");
        float[][] mel = new MelSpectrogram(config).power(samples);
        double[][] filterbank = MelFilterbank.of(config).dense();

        int lastFrame = config.frameCount(samples.length) - 1;
        for (int frame : new int[] {0, 1, 60, lastFrame}) {
            double[] magnitude = directMagnitudeSpectrum(samples, frame, config);
            for (int band = 0; band < config.nMels(); band++) {
                double expected = 0;
                for (int bin = 0; bin < magnitude.length; bin++) {
                    expected += filterbank[band][bin] * magnitude[bin];
                }
                assertEquals(expected, mel[band][frame], 1e-5 * expected + 1e-9, "band " + band + " frame " + frame);
            }
        }
    }

    @Test
    void emptySignalGivesOneSilentCentredFrame() {
        MelSpectrogram spectrogram = new MelSpectrogram(MelConfig.preset("daisukelab"));
        float[][] power = spectrogram.power(new float[0]);
        assertEquals(128, power.length);
        assertEquals(1, power[0].length);
        assertEquals(0f, power[64][0]);
        float[][] db = spectrogram.logMel(new float[0]);
        assertEquals(-100f, db[0][0], 1e-4, "amin 1e-10 is -100 dB");
    }

    @Test
    void reusingOneInstanceGivesTheSameResults() {
        MelSpectrogram spectrogram = new MelSpectrogram(MelConfig.preset("fsd7th8th"));
        float[] chirp = GoldenMel.signal("chirp_1s");
        float[][] first = spectrogram.logMel(chirp);
        spectrogram.logMel(GoldenMel.signal("noise_700ms"));
        float[][] again = spectrogram.logMel(chirp);
        for (int band = 0; band < first.length; band++) {
            assertArrayEquals(first[band], again[band]);
        }
    }

    @Test
    void logMelIsPowerFollowedByTheLogScale() {
        MelConfig config = MelConfig.preset("ex4sperans");
        MelSpectrogram spectrogram = new MelSpectrogram(config);
        float[] noise = GoldenMel.signal("noise_700ms");
        float[][] expected = spectrogram.power(noise);
        config.logScale().applyInPlace(expected);
        float[][] actual = spectrogram.logMel(noise);
        for (int band = 0; band < expected.length; band++) {
            assertArrayEquals(expected[band], actual[band]);
        }
    }

    @Test
    void magnitudeIsTheSquareRootOfPowerForAPureTone() {
        MelConfig power = MelConfig.preset("qrfaction64");
        MelConfig magnitude = new MelConfig("magnitude", power.sampleRate(), power.nFft(), power.hopLength(),
                power.winLength(), power.nMels(), power.fMin(), power.fMax(), 1.0, true, LogScale.none());
        float[] tone = new float[8192];
        double binHz = (double) power.sampleRate() / power.nFft();
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) Math.sin(2 * Math.PI * 100 * binHz * i / power.sampleRate());
        }
        float[][] powerMel = new MelSpectrogram(power).power(tone);
        float[][] magnitudeMel = new MelSpectrogram(magnitude).power(tone);
        // A bin-centred tone under a Hann window lights bins k-1, k, k+1 with magnitudes in ratio 1:2:1.
        int frame = 5;
        double[][] weights = MelFilterbank.of(power).dense();
        double strongest = 0;
        for (float[] band : powerMel) {
            strongest = Math.max(strongest, band[frame]);
        }
        for (int band = 0; band < power.nMels(); band++) {
            double below = weights[band][99];
            double centre = weights[band][100];
            double above = weights[band][101];
            if (below + centre + above == 0) {
                assertTrue(powerMel[band][frame] < 1e-9 * strongest, "band " + band + " is far from the tone");
                continue;
            }
            double peak = magnitudeMel[band][frame] / (below / 2 + centre + above / 2);
            double expectedPower = peak * peak * (below / 4 + centre + above / 4);
            assertEquals(expectedPower, powerMel[band][frame], 1e-3 * expectedPower, "band " + band);
        }
    }

    private static double[] directMagnitudeSpectrum(float[] samples, int frame, MelConfig config) {
        int n = config.nFft();
        int leftPad = (n - config.winLength()) / 2;
        double[] windowed = new double[n];
        for (int j = 0; j < config.winLength(); j++) {
            int i = frame * config.hopLength() - n / 2 + leftPad + j;
            double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * j / config.winLength());
            windowed[leftPad + j] = i >= 0 && i < samples.length ? hann * samples[i] : 0;
        }
        double[] magnitude = new double[n / 2 + 1];
        for (int k = 0; k < magnitude.length; k++) {
            double re = 0;
            double im = 0;
            for (int j = leftPad; j < leftPad + config.winLength(); j++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                re += windowed[j] * Math.cos(angle);
                im += windowed[j] * Math.sin(angle);
            }
            magnitude[k] = Math.hypot(re, im);
        }
        return magnitude;
    }
}
