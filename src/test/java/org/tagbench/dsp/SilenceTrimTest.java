package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SilenceTrimTest {

    private static final int HOP = SilenceTrim.DEFAULT_HOP_LENGTH;
    private static final int FRAME = SilenceTrim.DEFAULT_FRAME_LENGTH;

    static Stream<String> signalFiles() {
        return GoldenMel.signalNames().stream().flatMap(name -> Stream.of(name, name + "_pcm16"));
    }

    @ParameterizedTest
    @MethodSource("signalFiles")
    void matchesLibrosaTrimWithinOneHop(String fileStem) {
        String signal = fileStem.replace("_pcm16", "");
        JsonObject entry = GoldenMel.manifest().getAsJsonObject("signals").getAsJsonObject(signal);
        JsonArray expected = entry.getAsJsonArray("trim_top_db60");
        float[] samples = GoldenMel.signal(fileStem);
        assertEquals(entry.get("samples").getAsInt(), samples.length);

        int[] bounds = SilenceTrim.bounds(samples, 60, FRAME, HOP);

        assertTrue(Math.abs(bounds[0] - expected.get(0).getAsInt()) <= HOP, "start " + Arrays.toString(bounds));
        assertTrue(Math.abs(bounds[1] - expected.get(1).getAsInt()) <= HOP, "end " + Arrays.toString(bounds));
    }

    @Test
    void allSilentSignalIsKeptWholeAsLibrosaDoes() {
        assertArrayEquals(new int[] {0, 30_000}, SilenceTrim.bounds(new float[30_000], 60, FRAME, HOP));
        assertEquals(30_000, SilenceTrim.trim(new float[30_000]).length);
    }

    @Test
    void emptySignalGivesAnEmptyRange() {
        assertArrayEquals(new int[] {0, 0}, SilenceTrim.bounds(new float[0], 60, FRAME, HOP));
        assertEquals(0, SilenceTrim.trim(new float[0]).length);
    }

    @Test
    void toneInSilenceIsCutToFramesTouchingIt() {
        float[] samples = new float[40_000];
        int toneStart = 10_000;
        int toneEnd = 20_000;
        for (int i = toneStart; i < toneEnd; i++) {
            samples[i] = (float) (0.5 * Math.sin(i * 0.05));
        }
        int[] bounds = SilenceTrim.bounds(samples, 60, FRAME, HOP);

        assertTrue(bounds[0] <= toneStart && bounds[0] > toneStart - FRAME / 2 - HOP, Arrays.toString(bounds));
        assertTrue(bounds[1] >= toneEnd && bounds[1] < toneEnd + FRAME / 2 + HOP, Arrays.toString(bounds));
        assertEquals(0, bounds[0] % HOP, "starts on a frame boundary");
        float[] trimmed = SilenceTrim.trim(samples);
        assertArrayEquals(Arrays.copyOfRange(samples, bounds[0], bounds[1]), trimmed);
    }

    @Test
    void topDbDecidesWhetherAQuietTailCounts() {
        float[] samples = new float[60_000];
        for (int i = 0; i < 20_000; i++) {
            samples[i] = (float) Math.sin(i * 0.05);
        }
        for (int i = 20_000; i < 40_000; i++) {
            samples[i] = (float) (0.01 * Math.sin(i * 0.05));
        }
        for (List<Object> expectation : List.of(List.<Object>of(60.0, 40_000), List.<Object>of(30.0, 20_000))) {
            double topDb = (Double) expectation.get(0);
            int expectedEnd = (Integer) expectation.get(1);
            int end = SilenceTrim.bounds(samples, topDb, FRAME, HOP)[1];
            assertTrue(end >= expectedEnd && end < expectedEnd + FRAME, topDb + " dB ends at " + end);
        }
    }
}
