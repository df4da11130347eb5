package org.tagbench.dataset;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The FSD {@code fname,labels} CSV (train_curated.csv, train_noisy.csv, a curated-labels export).
 * Labels are joined by commas without spaces; a field with several labels is quoted.
 */
public final class LabelsCsv {
    public static final List<String> HEADER = List.of("fname", "labels");

    // Kaggle's files end lines with \n; MINIMAL quoting quotes exactly the fields holding a comma.
    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private LabelsCsv() {}

    /** A row that passed the format checks: a fname and at least one distinct label. */
    public record Row(String fname, List<String> labels, SourceLine origin) {
        public Row {
            labels = List.copyOf(labels);
        }
    }

    /** The rows that passed, in file order, and the problems of the rows (or the file) that did not. */
    public record Content(Path file, List<Row> rows, List<ImportProblem> problems) {
        public Content {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a labels CSV, checking the header, the field count, the fname and that labels are not empty.
     * It does not check labels against a vocabulary: that is the caller's, who knows which one applies.
     */
    public static Content read(Path csv) {
        CsvTable table = CsvTable.read(csv);
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        ImportProblem headerProblem = table.headerProblem(HEADER);
        if (headerProblem != null) {
            problems.add(headerProblem);
            return new Content(csv, rows, problems);
        }
        for (CsvTable.Row row : table.rows()) {
            String fname = row.field(0);
            ImportProblem problem = rowProblem(table, row, fname);
            if (problem != null) {
                problems.add(problem);
            } else {
                rows.add(new Row(fname, splitLabels(row.field(1)), row.origin()));
            }
        }
        if (table.failure() != null) {
            problems.add(table.failure());
        }
        return new Content(csv, rows, problems);
    }

    private static ImportProblem rowProblem(CsvTable table, CsvTable.Row row, String fname) {
        ImportProblem wrongCount = table.formatProblem(row, fname);
        if (wrongCount != null) {
            return wrongCount;
        }
        if (fname.isEmpty()) {
            return ImportProblem.at(row.origin(), null, "empty fname");
        }
        if (splitLabels(row.field(1)).isEmpty()) {
            return ImportProblem.at(row.origin(), fname, "empty labels");
        }
        return null;
    }

    /** Splits a labels field on commas, trims each label, drops empty ones and repeats, keeps the order. */
    public static List<String> splitLabels(String field) {
        Set<String> labels = new LinkedHashSet<>();
        for (String label : field.split(",")) {
            String trimmed = label.strip();
            if (!trimmed.isEmpty()) {
                labels.add(trimmed);
            }
        }
        return List.copyOf(labels);
    }

    /** Joins labels with commas, no spaces; rejects a label that could not be split back. */
    public static String joinLabels(Collection<String> labels) {
        for (String label : labels) {
            if (!Vocabulary.isValidClassName(label)) {
                throw new IllegalArgumentException("label '" + label + "' is blank, has surrounding spaces or contains a comma");
            }
        }
        return String.join(",", labels);
    }

    /** Writes {@code fname,labels} with one row per entry, in the map's iteration order. */
    public static void write(Path csv, Map<String, ? extends Collection<String>> labelsByFname) throws IOException {
        try (Writer writer = Files.newBufferedWriter(csv)) {
            write(writer, labelsByFname);
        }
    }

    public static void write(Appendable out, Map<String, ? extends Collection<String>> labelsByFname) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, WRITE_FORMAT);
        printer.printRecord(HEADER);
        for (Map.Entry<String, ? extends Collection<String>> entry : labelsByFname.entrySet()) {
            if (entry.getKey().isBlank()) {
                throw new IllegalArgumentException("blank fname in labels to write");
            }
            if (entry.getValue().isEmpty()) {
                throw new IllegalArgumentException("no labels for " + entry.getKey());
            }
            printer.printRecord(entry.getKey(), joinLabels(entry.getValue()));
        }
        printer.flush();
    }
}
