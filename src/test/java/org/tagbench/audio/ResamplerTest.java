package org.tagbench.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResamplerTest {

    /** Edge samples are left out of measurements: the filter sees zeros beyond the ends. */
    private static final int EDGE = 256;

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"48000,44100", "44100,48000", "96000,44100", "8000,44100", "22050,44100", "44100,16000"})
    void keepsAOneKilohertzToneFrequencyAndAmplitudeWithinOnePercent(int from, int to) {
        float[] tone = sine(1000, 0.5, from, from);

        float[] out = Resampler.resample(tone, from, to);

        assertEquals(1000, zeroCrossingFrequency(out, to), 10);
        assertEquals(0.5, rms(out) * Math.sqrt(2), 0.005);
    }

    @Test
    void followsTheIdealResampledToneSampleBySampleWithoutDelay() {
        float[] out = Resampler.resample(sine(1000, 0.5, 48000, 48000), 48000, 44100);

        double maxError = 0;
        for (int k = EDGE; k < out.length - EDGE; k++) {
            maxError = Math.max(maxError, Math.abs(out[k] - 0.5 * Math.sin(2 * Math.PI * 1000 * k / 44100)));
        }
        assertTrue(maxError < 1e-3, "max error " + maxError);
    }

    @ParameterizedTest(name = "{2} Hz tone, {0} Hz -> {1} Hz")
    @CsvSource({"48000,44100,23000", "48000,44100,22500", "96000,44100,30000", "44100,16000,9000", "44100,8000,12000"})
    void attenuatesATonePastTheNewNyquistFrequencyByAtLeast40Decibels(int from, int to, double frequency) {
        float[] tone = sine(frequency, 0.5, from, from);

        float[] out = Resampler.resample(tone, from, to);

        double attenuationDb = 20 * Math.log10(rms(out) / rms(tone));
        assertTrue(attenuationDb <= -40, "only " + attenuationDb + " dB");
    }

    @ParameterizedTest(name = "{0} samples, {1} Hz -> {2} Hz")
    @CsvSource({"48000,48000,44100", "1,48000,44100", "7,44100,8000", "12345,44100,48000", "100003,22050,44100",
        "999,8000,44100", "160,16000,44100"})
    void outputLengthIsTheRoundedScaledInputLength(int length, int from, int to) {
        float[] out = Resampler.resample(sine(440, 0.3, from, length), from, to);

        assertEquals(Math.round((double) length * to / from), out.length);
        assertEquals(out.length, Resampler.outputLength(length, from, to));
    }

    @Test
    void sameRateReturnsAnExactCopy() {
        float[] input = sine(440, 0.7, 44100, 1000);

        float[] out = Resampler.resample(input, 44100, 44100);

        assertArrayEquals(input, out);
        assertNotSame(input, out);
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals(0, Resampler.resample(new float[0], 48000, 44100).length);
    }

    @Test
    void refusesNonPositiveRatesAndExtremeRatios() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(new float[10], 0, 44100));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(new float[10], 44100, -1));
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(new float[10], 100, 44100));
        assertTrue(Resampler.canConvert(1000, 256_000));
    }

    static float[] sine(double frequency, double amplitude, int rate, int length) {
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return samples;
    }

    private static double rms(float[] samples) {
        double sum = 0;
        for (int i = EDGE; i < samples.length - EDGE; i++) {
            sum += samples[i] * samples[i];
        }
        return Math.sqrt(sum / (samples.length - 2 * EDGE));
    }

    /** Frequency from the first and last upward zero crossings (interpolated) and the cycles between them. */
    private static double zeroCrossingFrequency(float[] samples, int rate) {
        double first = Double.NaN;
        double last = Double.NaN;
        int cycles = -1;
        for (int i = EDGE; i < samples.length - EDGE; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                double crossing = i - 1 + samples[i - 1] / (samples[i - 1] - samples[i]);
                if (cycles < 0) {
                    first = crossing;
                }
                last = crossing;
                cycles++;
            }
        }
        return cycles * rate / (last - first);
    }
}
