package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every signal x every preset of {@link MelConfig#presets()} against librosa 0.10.1 (src/test/golden/mel), at the
 * tolerances the project promises. A preset without golden values fails here: run src/test/golden/make_golden.py.
 */
class MelSpectrogramGoldenTest {

    private static final double RELATIVE_TOLERANCE = 1e-4;
    private static final double SIGNIFICANT_FRACTION_OF_MAX = 1e-6;
    private static final double DB_TOLERANCE = 0.01;
    /** A mel value off by RELATIVE_TOLERANCE moves ln(mel + offset) by at most about that much. */
    private static final double LN_TOLERANCE = 2 * RELATIVE_TOLERANCE;

    private static final Map<String, Double> worstRelative = new TreeMap<>();
    private static final Map<String, Double> worstDb = new TreeMap<>();
    private static final Map<String, Double> worstLn = new TreeMap<>();

    static Stream<Arguments> signalsAndPresets() {
        return signalsAndPresetsWhere(config -> true);
    }

    static Stream<Arguments> signalsAndDecibelPresets() {
        return signalsAndPresetsWhere(config -> config.logScale().kind() == LogScale.Kind.POWER_TO_DB);
    }

    static Stream<Arguments> signalsAndLnOffsetPresets() {
        return signalsAndPresetsWhere(config -> config.logScale().kind() == LogScale.Kind.LN_OFFSET);
    }

    private static Stream<Arguments> signalsAndPresetsWhere(Predicate<MelConfig> filter) {
        List<Arguments> cases = new ArrayList<>();
        for (MelConfig preset : MelConfig.presets()) {
            if (filter.test(preset)) {
                for (String signal : GoldenMel.signalNames()) {
                    cases.add(Arguments.of(signal, preset.name()));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndPresets")
    void presetMatchesTheManifestConfig(String signal, String preset) {
        JsonObject expected = GoldenMel.manifest().getAsJsonObject("configs").getAsJsonObject(preset);
        assertTrue(expected != null, "manifest.json has no config " + preset + ": run src/test/golden/make_golden.py");
        MelConfig config = MelConfig.preset(preset);
        assertEquals(GoldenMel.manifest().get("sample_rate").getAsInt(), config.sampleRate());
        assertEquals(expected.get("n_fft").getAsInt(), config.nFft());
        assertEquals(expected.get("win_length").getAsInt(), config.winLength());
        assertEquals(expected.get("hop_length").getAsInt(), config.hopLength());
        assertEquals(expected.get("n_mels").getAsInt(), config.nMels());
        assertEquals(expected.get("fmin").getAsDouble(), config.fMin());
        assertEquals(expected.get("fmax").getAsDouble(), config.fMax());
        assertEquals(expected.get("power").getAsDouble(), config.power());
        assertEquals(logScale(expected.getAsJsonObject("log")), config.logScale());
        assertTrue(config.center());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndPresets")
    void melMatchesLibrosa(String signal, String preset) {
        double[][] expected = GoldenMel.matrix(signal + "." + preset + ".mel.csv");
        float[][] actual = new MelSpectrogram(MelConfig.preset(preset)).power(GoldenMel.signal(signal));

        double worst = worstRelativeError(expected, actual);
        worstRelative.merge(preset, worst, Math::max);
        assertTrue(worst <= RELATIVE_TOLERANCE, "max relative mel error " + worst);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndDecibelPresets")
    void decibelsMatchLibrosa(String signal, String preset) {
        double[][] expected = GoldenMel.matrix(signal + "." + preset + ".db.csv");
        float[][] actual = new MelSpectrogram(MelConfig.preset(preset)).logMel(GoldenMel.signal(signal));

        double worst = worstAbsoluteError(expected, actual);
        worstDb.merge(preset, worst, Math::max);
        assertTrue(worst <= DB_TOLERANCE, "max dB error " + worst);
    }

    /** ln(mel + offset): the 3rd-place and DCASE-baseline log step, against numpy.log of librosa's mel. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndLnOffsetPresets")
    void lnOffsetMatchesLibrosa(String signal, String preset) {
        double[][] expected = GoldenMel.matrix(signal + "." + preset + ".ln.csv");
        float[][] actual = new MelSpectrogram(MelConfig.preset(preset)).logMel(GoldenMel.signal(signal));

        double worst = worstAbsoluteError(expected, actual);
        worstLn.merge(preset, worst, Math::max);
        assertTrue(worst <= LN_TOLERANCE, "max ln error " + worst);
    }

    /** Presets one plausible mistake away from the real ones; the golden comparisons above must reject each. */
    static Stream<Arguments> slightlyWrongPresets() {
        MelConfig argus = MelConfig.preset("argus1st");
        MelConfig dcase2019 = MelConfig.preset("dcase2019baseline");
        MelConfig dcase2018 = MelConfig.preset("dcase2018baseline");
        return Stream.of(
                Arguments.of("argus1st with the 7th/8th place hop 694", withHop(argus, 694)),
                Arguments.of("dcase2019baseline with a full 2048-sample window", withWinLength(dcase2019, 2048)),
                Arguments.of("dcase2018baseline from 120 Hz", withFMin(dcase2018, 120)),
                Arguments.of("dcase2018baseline with ln offset 1e-4", withLog(dcase2018, LogScale.lnOffset(1e-4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slightlyWrongPresets")
    void aSlightlyWrongPresetDoesNotMatchTheGoldenValues(String mistake, MelConfig wrong) {
        float[] chirp = GoldenMel.signal("chirp_1s");
        MelSpectrogram spectrogram = new MelSpectrogram(wrong);
        double[][] goldenMel = GoldenMel.matrix("chirp_1s." + wrong.name() + ".mel.csv");
        float[][] mel = spectrogram.power(chirp);
        boolean melMatches = sameShape(goldenMel, mel) && worstRelativeError(goldenMel, mel) <= RELATIVE_TOLERANCE;

        boolean decibels = wrong.logScale().kind() == LogScale.Kind.POWER_TO_DB;
        double[][] goldenLog = GoldenMel.matrix("chirp_1s." + wrong.name() + (decibels ? ".db.csv" : ".ln.csv"));
        float[][] log = spectrogram.logMel(chirp);
        boolean logMatches = sameShape(goldenLog, log)
                && worstAbsoluteError(goldenLog, log) <= (decibels ? DB_TOLERANCE : LN_TOLERANCE);
        assertTrue(!melMatches || !logMatches, mistake + " passed the golden comparison");
    }

    private static MelConfig withHop(MelConfig c, int hop) {
        return new MelConfig(c.name(), c.sampleRate(), c.nFft(), hop, c.winLength(), c.nMels(), c.fMin(), c.fMax(),
                c.power(), c.center(), c.logScale());
    }

    private static MelConfig withWinLength(MelConfig c, int winLength) {
        return new MelConfig(c.name(), c.sampleRate(), c.nFft(), c.hopLength(), winLength, c.nMels(), c.fMin(),
                c.fMax(), c.power(), c.center(), c.logScale());
    }

    private static MelConfig withFMin(MelConfig c, double fMin) {
        return new MelConfig(c.name(), c.sampleRate(), c.nFft(), c.hopLength(), c.winLength(), c.nMels(), fMin,
                c.fMax(), c.power(), c.center(), c.logScale());
    }

    private static MelConfig withLog(MelConfig c, LogScale logScale) {
        return new MelConfig(c.name(), c.sampleRate(), c.nFft(), c.hopLength(), c.winLength(), c.nMels(), c.fMin(),
                c.fMax(), c.power(), c.center(), logScale);
    }

    @AfterAll
    static void reportWorstErrors() {
        System.out.println("golden mel: worst relative error per preset " + worstRelative
                + ", worst dB error per preset " + worstDb + ", worst ln error per preset " + worstLn);
    }

    static LogScale logScale(JsonObject log) {
        return switch (log.get("kind").getAsString()) {
            case "power_to_db" -> LogScale.powerToDb(log.get("ref").getAsDouble(), log.get("amin").getAsDouble(),
                    log.get("top_db").getAsDouble());
            case "ln_offset" -> LogScale.lnOffset(log.get("offset").getAsDouble());
            default -> throw new IllegalArgumentException("unknown log kind in manifest.json: " + log);
        };
    }

    /** The largest |actual - expected| / expected over the values above a millionth of the maximum. */
    static double worstRelativeError(double[][] expected, float[][] actual) {
        assertSameShape(expected, actual);
        double threshold = SIGNIFICANT_FRACTION_OF_MAX * max(expected);
        double worst = 0;
        for (int band = 0; band < expected.length; band++) {
            for (int frame = 0; frame < expected[band].length; frame++) {
                double reference = expected[band][frame];
                if (reference > threshold) {
                    worst = Math.max(worst, Math.abs(actual[band][frame] - reference) / reference);
                }
            }
        }
        return worst;
    }

    static double worstAbsoluteError(double[][] expected, float[][] actual) {
        assertSameShape(expected, actual);
        double worst = 0;
        for (int band = 0; band < expected.length; band++) {
            for (int frame = 0; frame < expected[band].length; frame++) {
                worst = Math.max(worst, Math.abs(actual[band][frame] - expected[band][frame]));
            }
        }
        return worst;
    }

    private static boolean sameShape(double[][] expected, float[][] actual) {
        if (expected.length != actual.length) {
            return false;
        }
        for (int band = 0; band < expected.length; band++) {
            if (expected[band].length != actual[band].length) {
                return false;
            }
        }
        return true;
    }

    private static void assertSameShape(double[][] expected, float[][] actual) {
        assertEquals(expected.length, actual.length, "mel bands");
        for (int band = 0; band < expected.length; band++) {
            assertEquals(expected[band].length, actual[band].length, "frames");
        }
    }

    private static double max(double[][] matrix) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : matrix) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        return max;
    }
}
