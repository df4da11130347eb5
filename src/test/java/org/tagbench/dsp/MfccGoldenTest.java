package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tagbench.testsupport.TestData;

/** {@link Mfcc} of the project's own dB log-mel against {@code librosa.feature.mfcc} 0.11.0 (src/test/golden/mfcc). */
class MfccGoldenTest {
    /**
     * The dB log-mel agrees with librosa within 0.01 dB (MelSpectrogramGoldenTest); a DCT row's weights have an L1
     * norm of at most sqrt(2 N), so an MFCC may move by 0.01 sqrt(2 N), 0.11 for 64 mels; measured worst is far below.
     */
    private static final double TOLERANCE = 0.02;

    static Stream<Arguments> cases() throws IOException {
        JsonObject manifest = JsonParser.parseString(Files.readString(TestData.golden("mfcc/manifest.json")))
                .getAsJsonObject();
        List<Arguments> cases = new ArrayList<>();
        for (JsonElement element : manifest.getAsJsonArray("cases")) {
            JsonObject entry = element.getAsJsonObject();
            cases.add(Arguments.of(entry.get("signal").getAsString(), entry.get("preset").getAsString(),
                    entry.get("n_mfcc").getAsInt(), entry.get("file").getAsString()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} n_mfcc={2}")
    @MethodSource("cases")
    void mfccOfTheDecibelLogMelMatchesLibrosa(String signal, String preset, int coefficients, String file) {
        double[][] expected = matrix(file);
        float[][] logMel = new MelSpectrogram(MelConfig.preset(preset)).logMel(GoldenMel.signal(signal));
        float[][] actual = Mfcc.fromLogMel(logMel, coefficients);

        assertEquals(expected.length, actual.length);
        assertEquals(expected[0].length, actual[0].length);
        double worst = 0;
        for (int k = 0; k < expected.length; k++) {
            for (int t = 0; t < expected[k].length; t++) {
                worst = Math.max(worst, Math.abs(expected[k][t] - actual[k][t]));
            }
        }
        assertTrue(worst <= TOLERANCE, "max MFCC error " + worst);
    }

    @Test
    void theFirstCoefficientIsTheScaledMeanAndTheBasisIsOrthonormal() {
        double[][] basis = Mfcc.dctBasis(8, 8);
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                double dot = 0;
                for (int n = 0; n < 8; n++) {
                    dot += basis[a][n] * basis[b][n];
                }
                assertEquals(a == b ? 1.0 : 0.0, dot, 1e-12);
            }
        }
        float[][] flat = new float[16][3];
        for (float[] row : flat) {
            java.util.Arrays.fill(row, -20f);
        }
        float[][] mfcc = Mfcc.fromLogMel(flat, 4);
        assertEquals(-20 * Math.sqrt(16), mfcc[0][1], 1e-4);
        assertEquals(0, mfcc[1][1], 1e-4);
        assertThrows(IllegalArgumentException.class, () -> Mfcc.fromLogMel(flat, 17));
    }

    private static double[][] matrix(String name) {
        try (var lines = Files.lines(TestData.golden("mfcc/" + name))) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> Stream.of(line.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
