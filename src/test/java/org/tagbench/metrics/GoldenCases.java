package org.tagbench.metrics;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.tagbench.testsupport.TestData;

/** The lwlrap golden cases of src/test/golden/lwlrap (see its README.md): header-less truth/score matrices and expected.json. */
public final class GoldenCases {
    private GoldenCases() {}

    /** One entry of expected.json; the optional fields are null where the reference tool gives no value. */
    public record Expected(String name, double lwlrap_sklearn, boolean ties, Double lwlrap_official,
                    double[] per_class_lwlrap, double[] class_weight, Double map3) {}

    public record Case(Expected expected, boolean[][] truth, double[][] scores) {
        @Override
        public String toString() {
            return expected.name();
        }
    }

    public static List<Case> all() {
        return expected().stream().map(GoldenCases::load).toList();
    }

    public static Case named(String name) {
        return all().stream().filter(c -> c.expected().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Expected> expected() {
        try (Reader reader = Files.newBufferedReader(TestData.golden("lwlrap/expected.json"))) {
            return new Gson().fromJson(reader, new TypeToken<List<Expected>>() {}.getType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case load(Expected expected) {
        double[][] truthValues = matrix(TestData.golden("lwlrap/" + expected.name() + "_truth.csv"));
        boolean[][] truth = new boolean[truthValues.length][];
        for (int clip = 0; clip < truth.length; clip++) {
            truth[clip] = new boolean[truthValues[clip].length];
            for (int c = 0; c < truth[clip].length; c++) {
                truth[clip][c] = truthValues[clip][c] > 0;
            }
        }
        double[][] scores = matrix(TestData.golden("lwlrap/" + expected.name() + "_scores.csv"));
        return new Case(expected, truth, scores);
    }

    private static double[][] matrix(Path file) {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            return parser.stream()
                    .map(record -> record.stream().mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int labelCount(boolean[] truth) {
        int count = 0;
        for (boolean label : truth) {
            count += label ? 1 : 0;
        }
        return count;
    }
}
