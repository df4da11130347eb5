package org.tagbench.dataset;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.tagbench.csv.CsvTable;
import org.tagbench.csv.LabelsField;

/**
 * The FSD {@code fname,labels} CSV (train_curated.csv, train_noisy.csv, a curated-labels export).
 * Labels are joined by commas without spaces; a field with several labels is quoted. Read and written with the one
 * CSV reader ({@link CsvTable}) and labels codec ({@link LabelsField}) that eval's truth files use too.
 */
public final class LabelsCsv {
    public static final List<String> HEADER = List.of("fname", "labels");

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
        ImportProblem headerProblem = CsvProblems.header(table, HEADER);
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
                rows.add(new Row(fname, LabelsField.split(row.field(1)), CsvProblems.origin(row)));
            }
        }
        if (table.failure() != null) {
            problems.add(CsvProblems.failure(table));
        }
        return new Content(csv, rows, problems);
    }

    private static ImportProblem rowProblem(CsvTable table, CsvTable.Row row, String fname) {
        ImportProblem wrongCount = CsvProblems.format(table, row, fname);
        if (wrongCount != null) {
            return wrongCount;
        }
        if (fname.isEmpty()) {
            return ImportProblem.at(CsvProblems.origin(row), null, "empty fname");
        }
        if (LabelsField.split(row.field(1)).isEmpty()) {
            return ImportProblem.at(CsvProblems.origin(row), fname, "empty labels");
        }
        return null;
    }

    /** Writes {@code fname,labels} with one row per entry, in the map's iteration order. */
    public static void write(Path csv, Map<String, ? extends Collection<String>> labelsByFname) throws IOException {
        try (Writer writer = Files.newBufferedWriter(csv)) {
            write(writer, labelsByFname);
        }
    }

    public static void write(Appendable out, Map<String, ? extends Collection<String>> labelsByFname) throws IOException {
        CSVPrinter printer = CsvTable.printer(out);
        printer.printRecord(HEADER);
        for (Map.Entry<String, ? extends Collection<String>> entry : labelsByFname.entrySet()) {
            if (entry.getKey().isBlank()) {
                throw new IllegalArgumentException("blank fname in labels to write");
            }
            if (entry.getValue().isEmpty()) {
                throw new IllegalArgumentException("no labels for " + entry.getKey());
            }
            printer.printRecord(entry.getKey(), LabelsField.join(entry.getValue()));
        }
        printer.flush();
    }
}
