package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every signal x preset of golden/mel against librosa 0.10.1, at the tolerances the project promises. */
class MelSpectrogramGoldenTest {

    private static final double RELATIVE_TOLERANCE = 1e-4;
    private static final double SIGNIFICANT_FRACTION_OF_MAX = 1e-6;
    private static final double DB_TOLERANCE = 0.01;

    private static final Map<String, Double> worstRelative = new TreeMap<>();
    private static final Map<String, Double> worstDb = new TreeMap<>();

    static Stream<Arguments> signalsAndPresets() {
        List<Arguments> cases = new ArrayList<>();
        for (String preset : GoldenMel.configNames()) {
            for (String signal : GoldenMel.signalNames()) {
                cases.add(Arguments.of(signal, preset));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndPresets")
    void presetMatchesTheManifestConfig(String signal, String preset) {
        JsonObject expected = GoldenMel.manifest().getAsJsonObject("configs").getAsJsonObject(preset);
        MelConfig config = MelConfig.preset(preset);
        assertEquals(GoldenMel.manifest().get("sample_rate").getAsInt(), config.sampleRate());
        assertEquals(expected.get("n_fft").getAsInt(), config.nFft());
        assertEquals(expected.get("n_fft").getAsInt(), config.winLength());
        assertEquals(expected.get("hop_length").getAsInt(), config.hopLength());
        assertEquals(expected.get("n_mels").getAsInt(), config.nMels());
        assertEquals(expected.get("fmin").getAsDouble(), config.fMin());
        assertEquals(expected.get("fmax").getAsDouble(), config.fMax());
        assertEquals(expected.get("power").getAsDouble(), config.power());
        assertTrue(config.center());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndPresets")
    void melMatchesLibrosa(String signal, String preset) {
        String goldenName = signal + "." + preset + ".mel.csv";
        assumeTrue(GoldenMel.exists(goldenName), "no golden " + goldenName);
        double[][] expected = GoldenMel.matrix(goldenName);
        float[][] actual = new MelSpectrogram(MelConfig.preset(preset)).power(GoldenMel.signal(signal));

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
        worstRelative.merge(preset, worst, Math::max);
        assertTrue(worst <= RELATIVE_TOLERANCE, "max relative mel error " + worst);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("signalsAndPresets")
    void decibelsMatchLibrosa(String signal, String preset) {
        String goldenName = signal + "." + preset + ".db.csv";
        assumeTrue(GoldenMel.exists(goldenName), "no golden " + goldenName);
        double[][] expected = GoldenMel.matrix(goldenName);
        MelConfig config = MelConfig.preset(preset);
        assertEquals(LogScale.powerToDb(), config.logScale());
        float[][] actual = new MelSpectrogram(config).logMel(GoldenMel.signal(signal));

        assertSameShape(expected, actual);
        double worst = 0;
        for (int band = 0; band < expected.length; band++) {
            for (int frame = 0; frame < expected[band].length; frame++) {
                worst = Math.max(worst, Math.abs(actual[band][frame] - expected[band][frame]));
            }
        }
        worstDb.merge(preset, worst, Math::max);
        assertTrue(worst <= DB_TOLERANCE, "max dB error " + worst);
    }

    @AfterAll
    static void reportWorstErrors() {
        System.out.println("golden mel: worst relative error per preset " + worstRelative
                + ", worst dB error per preset " + worstDb);
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
