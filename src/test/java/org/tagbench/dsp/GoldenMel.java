package org.tagbench.dsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tagbench.testsupport.TestData;

/** The librosa reference outputs in src/test/golden/mel: signals, matrices and manifest.json; a missing file fails. */
final class GoldenMel {
    private GoldenMel() {}

    static Path file(String name) {
        return TestData.golden("mel/" + name);
    }

    static JsonObject manifest() {
        try {
            return JsonParser.parseString(Files.readString(file("manifest.json"))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> signalNames() {
        return List.copyOf(manifest().getAsJsonObject("signals").keySet());
    }

    static List<String> configNames() {
        return List.copyOf(manifest().getAsJsonObject("configs").keySet());
    }

    static float[] signal(String fileStem) {
        try {
            return TestWav.read(file(fileStem + ".wav")).samples();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A headerless CSV of numbers, one matrix row per line. */
    static double[][] matrix(String name) {
        try (var lines = Files.lines(file(name))) {
            List<double[]> rows = lines.filter(line -> !line.isBlank())
                    .map(line -> List.of(line.split(",")).stream().mapToDouble(Double::parseDouble).toArray())
                    .collect(Collectors.toList());
            return rows.toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
