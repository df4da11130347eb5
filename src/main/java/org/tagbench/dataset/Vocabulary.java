package org.tagbench.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tagbench.csv.LabelsField;

/**
 * An ordered list of class names. The order is the column order of model outputs and submissions,
 * so it is never re-sorted here.
 */
public record Vocabulary(String name, List<String> classes) {

    public Vocabulary {
        Objects.requireNonNull(name, "name");
        classes = List.copyOf(classes);
        Set<String> seen = new HashSet<>();
        for (String label : classes) {
            if (!isValidClassName(label)) {
                throw new IllegalArgumentException("vocabulary " + name + ": class name '" + label
                        + "' is blank, has surrounding spaces or contains a comma");
            }
            if (!seen.add(label)) {
                throw new IllegalArgumentException("vocabulary " + name + ": class '" + label + "' appears twice");
            }
        }
    }

    /** The 80 classes of FSDKaggle2019 in sample_submission column order (plain ASCII order). */
    public static Vocabulary fsd2019() {
        return Bundled.FSD2019;
    }

    /** The 41 classes of FSDKaggle2018 in their official order. */
    public static Vocabulary fsd2018() {
        return Bundled.FSD2018;
    }

    public static Vocabulary empty(String name) {
        return new Vocabulary(name, List.of());
    }

    /** Index of the class, or -1 when it is not in this vocabulary. */
    public int indexOf(String label) {
        return classes.indexOf(label);
    }

    public boolean contains(String label) {
        return indexOf(label) >= 0;
    }

    public int size() {
        return classes.size();
    }

    /** Labels are stored comma-joined in CSVs, so a class name must not contain a comma. */
    static boolean isValidClassName(String label) {
        return label != null && LabelsField.isWritable(label);
    }

    private static final class Bundled {
        static final Vocabulary FSD2019 = load("fsd2019");
        static final Vocabulary FSD2018 = load("fsd2018");

        private static Vocabulary load(String name) {
            String resource = "/org/tagbench/vocab/" + name + ".txt";
            try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("vocabulary resource " + resource + " is missing from the class path");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> classes = reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
                return new Vocabulary(name, classes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read vocabulary resource " + resource, e);
            }
        }
    }
}
