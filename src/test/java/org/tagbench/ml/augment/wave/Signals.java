package org.tagbench.ml.augment.wave;

import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;

/** Test signals and spectral measurements for the waveform effects. */
final class Signals {
    static final int RATE = 16000;

    private Signals() {}

    static float[] sine(double frequency, double seconds, double amplitude) {
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / RATE));
        }
        return samples;
    }

    static float[] noise(double seconds, long seed) {
        Random random = new Random(seed);
        float[] samples = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextDouble() * 1.6 - 0.8);
        }
        return samples;
    }

    /** Magnitude of one frequency over the middle of the clip (Goertzel-style projection), edges skipped. */
    static double amplitudeAt(float[] samples, double frequency) {
        int start = samples.length / 4;
        int end = samples.length * 3 / 4;
        double re = 0;
        double im = 0;
        for (int i = start; i < end; i++) {
            double phase = 2 * Math.PI * frequency * i / RATE;
            re += samples[i] * Math.cos(phase);
            im += samples[i] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / (end - start);
    }

    /** Frequency of the largest FFT bin of the whole clip. */
    static double peakFrequency(float[] samples) {
        double[] data = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            data[i] = samples[i];
        }
        new DoubleFFT_1D(samples.length).realForward(data);
        int bestBin = 1;
        double best = 0;
        for (int bin = 1; bin < samples.length / 2; bin++) {
            double magnitude = Math.hypot(data[2 * bin], data[2 * bin + 1]);
            if (magnitude > best) {
                best = magnitude;
                bestBin = bin;
            }
        }
        return (double) bestBin * RATE / samples.length;
    }

    static double db(double ratio) {
        return 20 * Math.log10(ratio);
    }

    static boolean allFiniteWithinUnit(float[] samples) {
        for (float value : samples) {
            if (!Float.isFinite(value) || value < -1 || value > 1) {
                return false;
            }
        }
        return true;
    }
}
