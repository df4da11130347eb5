package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameSpectrumTest {

    @ParameterizedTest
    @ValueSource(ints = {80, 640, 2560})
    void radixFiveMatchesDirectDft(int size) {
        assertMatchesDirectDft(new RadixFiveSpectrum(size), size);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 64, 1024, 1101, 1102})
    void realFftMatchesDirectDft(int size) {
        assertMatchesDirectDft(new RealFftSpectrum(size), size);
    }

    @ParameterizedTest
    @ValueSource(ints = {640, 1280, 2560, 5120})
    void fiveTimesPowersOfTwoUseTheRadixFivePath(int size) {
        assertInstanceOf(RadixFiveSpectrum.class, FrameSpectrum.forSize(size));
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048, 1102, 1500, 40})
    void otherSizesUseThePlainRealFft(int size) {
        assertInstanceOf(RealFftSpectrum.class, FrameSpectrum.forSize(size));
    }

    /** Interior frames and frames hanging over either end of the signal (the centre padding reads as zeros). */
    private static void assertMatchesDirectDft(FrameSpectrum spectrum, int size) {
        Random random = new Random(size);
        float[] samples = new float[3 * size];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextGaussian() * 0.3 + Math.sin(i * 0.21));
        }
        double[] window = MelSpectrogram.centredPeriodicHann(size - size / 7, size);
        double[] actual = new double[size / 2 + 1];
        for (int start : new int[] {-size / 2, 0, size / 3, 2 * size + size / 2}) {
            spectrum.power(samples, start, window, actual);
            double[] expected = directPowerSpectrum(samples, start, window);
            double scale = 0;
            for (double value : expected) {
                scale = Math.max(scale, value);
            }
            for (int k = 0; k < expected.length; k++) {
                assertEquals(expected[k], actual[k], 1e-9 * scale, "bin " + k + " of frame at " + start);
            }
        }
    }

    private static double[] directPowerSpectrum(float[] samples, int start, double[] window) {
        int n = window.length;
        double[] frame = new double[n];
        for (int j = 0; j < n; j++) {
            int i = start + j;
            frame[j] = i >= 0 && i < samples.length ? window[j] * samples[i] : 0;
        }
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k < power.length; k++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < n; j++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                re += frame[j] * Math.cos(angle);
                im += frame[j] * Math.sin(angle);
            }
            power[k] = re * re + im * im;
        }
        return power;
    }
}
