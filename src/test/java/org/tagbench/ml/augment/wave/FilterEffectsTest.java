package org.tagbench.ml.augment.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FilterEffectsTest {

    private static double gainDb(float[] before, float[] after, double frequency) {
        return Signals.db(Signals.amplitudeAt(after, frequency) / Signals.amplitudeAt(before, frequency));
    }

    @Test
    void bassShelfBoostsFiftyHertzAndLeavesOneKilohertz() {
        float[] low = Signals.sine(50, 1, 0.01);
        float[] mid = Signals.sine(1000, 1, 0.01);
        ShelvingEq bass = ShelvingEq.bass(12);
        assertTrue(gainDb(low, bass.apply(low, Signals.RATE), 50) > 9);
        assertEquals(0, gainDb(mid, bass.apply(mid, Signals.RATE), 1000), 1);
    }

    @Test
    void trebleShelfBoostsSixKilohertzAndLeavesFiftyHertz() {
        float[] low = Signals.sine(50, 1, 0.01);
        float[] high = Signals.sine(6000, 1, 0.01);
        ShelvingEq treble = ShelvingEq.treble(12);
        assertTrue(gainDb(high, treble.apply(high, Signals.RATE), 6000) > 9);
        assertEquals(0, gainDb(low, treble.apply(low, Signals.RATE), 50), 1);
    }

    @Test
    void shelvingHeadroomKeepsALoudBoostedToneFromClipping() {
        float[] loud = Signals.sine(50, 1, 0.9);
        float[] boosted = new ShelvingEq(20, 20).apply(loud, Signals.RATE);
        assertTrue(Signals.allFiniteWithinUnit(boosted));
        assertTrue(Signals.amplitudeAt(boosted, 50) > 0.8, "scaled to the peak, not clipped to silence");
    }

    @Test
    void peakingEqBoostsTwentyFourHundredHertzByEightDecibelsAndNotThreeHundred() {
        float[] centre = Signals.sine(2400, 1, 0.05);
        float[] far = Signals.sine(300, 1, 0.05);
        assertEquals(8, gainDb(centre, PeakingEq.SEVENTH_PLACE.apply(centre, Signals.RATE), 2400), 0.5);
        assertEquals(0, gainDb(far, PeakingEq.SEVENTH_PLACE.apply(far, Signals.RATE), 300), 0.5);
    }

    @Test
    void fadeStartsAndEndsSilentAndLeavesTheMiddleOfALongClip() {
        float[] constant = new float[10 * Signals.RATE];
        java.util.Arrays.fill(constant, 0.5f);
        float[] faded = Fade.SEVENTH_PLACE.apply(constant, Signals.RATE);
        assertEquals(constant.length, faded.length);
        assertEquals(0, faded[0], 1e-3);
        assertEquals(0, faded[faded.length - 1], 1e-3);
        for (int i = 3 * Signals.RATE; i < 7 * Signals.RATE; i++) {
            assertEquals(0.5f, faded[i], 1e-6);
        }
        assertTrue(faded[Signals.RATE] > 0 && faded[Signals.RATE] < 0.5f, "inside the fade-in");
    }

    @Test
    void fadeOfAShortClipStillFadesBothEnds() {
        float[] constant = new float[1000];
        java.util.Arrays.fill(constant, 0.5f);
        float[] faded = Fade.SEVENTH_PLACE.apply(constant, Signals.RATE);
        assertEquals(0, faded[0], 1e-3);
        assertEquals(0, faded[999], 1e-3);
        assertTrue(faded[500] > 0.45f);
    }

    @Test
    void reverbLeavesADecayingTailAfterAnImpulse() {
        float[] impulse = new float[2 * Signals.RATE];
        impulse[0] = 1;
        float[] reverberated = Reverb.SOX_DEFAULT.apply(impulse, Signals.RATE);
        assertEquals(impulse.length, reverberated.length);
        assertTrue(Signals.allFiniteWithinUnit(reverberated));
        double early = energy(reverberated, Signals.RATE / 20, Signals.RATE / 4);
        double late = energy(reverberated, Signals.RATE, Signals.RATE + Signals.RATE / 5);
        assertTrue(early > 1e-4, "energy after the impulse: " + early);
        assertTrue(late < early, "the tail decays");
    }

    @Test
    void overdriveStaysWithinUnitAndAddsHarmonicsToASine() {
        float[] tone = Signals.sine(440, 1, 0.5);
        float[] driven = Overdrive.SOX_DEFAULT.apply(tone, Signals.RATE);
        assertTrue(Signals.allFiniteWithinUnit(driven));
        double fundamental = Signals.amplitudeAt(driven, 440);
        assertTrue(Signals.amplitudeAt(driven, 3 * 440) > 0.1 * fundamental, "odd harmonic from clipping");
        assertTrue(Signals.amplitudeAt(tone, 3 * 440) < 1e-3);
    }

    private static double energy(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += samples[i] * samples[i];
        }
        return sum;
    }
}
