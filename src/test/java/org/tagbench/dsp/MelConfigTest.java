package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MelConfigTest {

    private static final List<String> PRESET_NAMES = List.of("fsd7th8th", "daisukelab", "argus1st", "qrfaction64",
            "ex4sperans", "dcase2019baseline", "dcase2018baseline");

    @Test
    void presetsComeInAStableOrderAndResolveByName() {
        assertEquals(PRESET_NAMES, MelConfig.presets().stream().map(MelConfig::name).toList());
        for (MelConfig preset : MelConfig.presets()) {
            assertSame(preset, MelConfig.preset(preset.name()));
        }
    }

    @Test
    void unknownPresetNamesTheKnownOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MelConfig.preset("nope"));
        for (String name : PRESET_NAMES) {
            assertTrue(error.getMessage().contains(name), error.getMessage());
        }
    }

    @Test
    void onlyTheDcaseBaselinesUseAWindowShorterThanTheFft() {
        for (MelConfig preset : MelConfig.presets()) {
            boolean dcase = preset.name().startsWith("dcase");
            assertEquals(!dcase, preset.winLength() == preset.nFft(), preset.name());
            if (dcase) {
                // 25 ms window and 10 ms hop at 44.1 kHz, rounded half-even as the baseline's Python round() does
                // (1102.5 -> 1102), the FFT the next power of two above the window.
                assertEquals(Math.rint(0.025 * preset.sampleRate()), preset.winLength());
                assertEquals(Math.rint(0.010 * preset.sampleRate()), preset.hopLength());
                assertEquals(Integer.highestOneBit(preset.winLength()) * 2, preset.nFft());
                assertEquals(LogScale.Kind.LN_OFFSET, preset.logScale().kind());
                assertEquals(1.0, preset.power());
            }
        }
    }

    @Test
    void frameCountMatchesCountingCentredFrames() {
        MelConfig config = MelConfig.preset("daisukelab");
        for (int samples : new int[] {0, 1, 346, 347, 348, 2559, 2560, 8820, 220_500}) {
            int padded = samples + 2 * (config.nFft() / 2);
            int counted = 0;
            while (counted * config.hopLength() + config.nFft() <= padded) {
                counted++;
            }
            assertEquals(counted, config.frameCount(samples), samples + " samples");
        }
    }

    @Test
    void uncentredFramesMustFitTheSignal() {
        MelConfig base = MelConfig.preset("qrfaction64");
        MelConfig uncentred = new MelConfig("raw", base.sampleRate(), base.nFft(), base.hopLength(), base.winLength(),
                base.nMels(), base.fMin(), base.fMax(), base.power(), false, base.logScale());
        assertEquals(0, uncentred.frameCount(base.nFft() - 1));
        assertEquals(1, uncentred.frameCount(base.nFft()));
        assertEquals(3, uncentred.frameCount(base.nFft() + 2 * base.hopLength()));
        assertEquals(0, uncentred.frameStart(0));
        assertEquals(-base.nFft() / 2, base.frameStart(0));
    }

    @Test
    void secondsPerFrameIsTheHopDuration() {
        MelConfig config = MelConfig.preset("fsd7th8th");
        assertEquals((double) config.hopLength() / config.sampleRate(), config.secondsPerFrame(), 1e-15);
    }

    @Test
    void cacheKeysDifferForEveryPresetAndIgnoreTheDisplayName() {
        Set<String> keys = new HashSet<>();
        for (MelConfig preset : MelConfig.presets()) {
            assertTrue(keys.add(preset.cacheKey()), "duplicate key for " + preset.name());
        }
        MelConfig daisukelab = MelConfig.preset("daisukelab");
        MelConfig renamed = new MelConfig("my copy", daisukelab.sampleRate(), daisukelab.nFft(),
                daisukelab.hopLength(), daisukelab.winLength(), daisukelab.nMels(), daisukelab.fMin(),
                daisukelab.fMax(), daisukelab.power(), daisukelab.center(), daisukelab.logScale());
        assertEquals(daisukelab.cacheKey(), renamed.cacheKey());
        MelConfig otherLog = new MelConfig("my copy", daisukelab.sampleRate(), daisukelab.nFft(),
                daisukelab.hopLength(), daisukelab.winLength(), daisukelab.nMels(), daisukelab.fMin(),
                daisukelab.fMax(), daisukelab.power(), daisukelab.center(), LogScale.powerToDb(1.0, 1e-10, 60));
        assertNotEquals(daisukelab.cacheKey(), otherLog.cacheKey());
    }

    @Test
    void rejectsInconsistentFields() {
        LogScale db = LogScale.powerToDb();
        assertThrows(IllegalArgumentException.class,
                () -> new MelConfig("x", 44_100, 1024, 512, 2048, 64, 0, 22_050, 2, true, db));
        assertThrows(IllegalArgumentException.class,
                () -> new MelConfig("x", 44_100, 1024, 512, 1024, 64, 500, 100, 2, true, db));
        assertThrows(IllegalArgumentException.class,
                () -> new MelConfig("x", 44_100, 1024, 512, 1024, 64, 0, 30_000, 2, true, db));
        assertThrows(IllegalArgumentException.class,
                () -> new MelConfig("x", 44_100, 1024, 0, 1024, 64, 0, 22_050, 2, true, db));
        assertThrows(IllegalArgumentException.class,
                () -> new MelConfig(" ", 44_100, 1024, 512, 1024, 64, 0, 22_050, 2, true, db));
    }
}
