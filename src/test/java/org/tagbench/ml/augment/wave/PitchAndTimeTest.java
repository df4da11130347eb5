package org.tagbench.ml.augment.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PitchAndTimeTest {

    @Test
    void pitchUpByFiveHundredCentsMovesAToneAFourthUpAndKeepsTheLength() {
        float[] tone = Signals.sine(1000, 2, 0.5);
        float[] shifted = new PitchShift(500).apply(tone, Signals.RATE);
        assertEquals(tone.length, shifted.length);
        double expected = 1000 * Math.pow(2, 5.0 / 12);
        assertEquals(expected, Signals.peakFrequency(shifted), 15);
    }

    @Test
    void pitchDownMovesTheToneDown() {
        float[] shifted = new PitchShift(-500).apply(Signals.sine(1000, 2, 0.5), Signals.RATE);
        assertEquals(1000 * Math.pow(2, -5.0 / 12), Signals.peakFrequency(shifted), 15);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.8, 1.25})
    void timeStretchChangesTheLengthByTheRateAndKeepsThePitch(double rate) {
        float[] tone = Signals.sine(1000, 2, 0.5);
        float[] stretched = new TimeStretch(rate).apply(tone, Signals.RATE);
        assertEquals(Math.round(tone.length / rate), stretched.length);
        assertEquals(1000, Signals.peakFrequency(stretched), 15);
        assertTrue(Signals.amplitudeAt(stretched, 1000) > 0.25, "the tone survives the stretch");
    }
}
