package org.tagbench.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.tagbench.csv.CsvTable;
import org.tagbench.metrics.MapAt3;
import org.tagbench.metrics.Ranking;

/** Writes and reads Kaggle submission files in the FAT2019 and 2018 layouts (TECHNIQUES §2.2, §2.4). */
public final class SubmissionCsv {
    static final String FNAME = "fname";
    static final String LABEL = "label";

    /** Nine digits carry every float32 model output through a round trip unchanged. */
    private static final MathContext SIGNIFICANT_DIGITS = new MathContext(9, RoundingMode.HALF_EVEN);

    private SubmissionCsv() {}

    /**
     * FSD2019: header {@code fname} + the classes in the submission's order, then one row per clip in the given order
     * with scores at 9 significant digits ({@code .} decimal, any locale). FSD2018: header {@code fname,label}, the
     * label holding the three best class names space-separated, best first, equal scores in class order.
     * The submission is checked before the file is opened, so a refused one leaves no partial file.
     */
    public static void write(Path file, Submission submission, SubmissionFormat format) throws IOException {
        List<List<String>> records = switch (format) {
            case FSD2019 -> probabilityRecords(submission);
            case FSD2018 -> topLabelRecords(submission);
        };
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = CsvTable.printer(out)) {
            printer.printRecords(records);
        }
    }

    /**
     * Reads either layout, told apart by the header. FSD2019 columns are matched to {@code classes} by name, in any
     * order; with {@code classes == null} the header's order is taken. FSD2018 needs {@code classes} and turns each
     * row's labels into scores 3, 2, 1 (0 for unlisted classes) so that the metrics apply.
     */
    public static ReadSubmission read(Path file, List<String> classes) throws IOException {
        List<CsvTable.Row> rows = StrictCsv.read(file);
        if (rows.isEmpty()) {
            throw new CsvFormatException(file, "empty file, expected a header starting with " + FNAME);
        }
        CsvTable.Row header = rows.get(0);
        List<CsvTable.Row> body = rows.subList(1, rows.size());
        SubmissionFormat format = detectFormat(header);
        Submission submission = switch (format) {
            case FSD2019 -> readProbabilities(header, body, classes);
            case FSD2018 -> readTopLabels(header, body, classes);
        };
        return new ReadSubmission(format, submission);
    }

    private static SubmissionFormat detectFormat(CsvTable.Row header) throws CsvFormatException {
        if (!header.field(0).equals(FNAME)) {
            throw StrictCsv.error(header, "header must start with " + FNAME + ", found '" + header.field(0) + "'");
        }
        if (header.size() == 2 && header.field(1).equals(LABEL)) {
            return SubmissionFormat.FSD2018;
        }
        if (header.size() < 2) {
            throw StrictCsv.error(header, "header has no class columns");
        }
        return SubmissionFormat.FSD2019;
    }

    private static List<List<String>> probabilityRecords(Submission submission) {
        List<List<String>> records = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(FNAME);
        header.addAll(submission.classes());
        records.add(header);
        for (int row = 0; row < submission.fnames().size(); row++) {
            List<String> record = new ArrayList<>();
            record.add(submission.fnames().get(row));
            double[] scores = submission.scores()[row];
            for (int c = 0; c < scores.length; c++) {
                if (!Double.isFinite(scores[c])) {
                    throw new IllegalArgumentException("score of " + submission.fnames().get(row) + ", class "
                            + submission.classes().get(c) + " is " + scores[c]);
                }
                record.add(formatScore(scores[c]));
            }
            records.add(record);
        }
        return records;
    }

    /** Plain notation for whole numbers and down to 1e-6, scientific ({@code 1.5E-7}) below: both parse anywhere. */
    static String formatScore(double score) {
        BigDecimal rounded = new BigDecimal(score).round(SIGNIFICANT_DIGITS).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toPlainString() : rounded.toString();
    }

    private static List<List<String>> topLabelRecords(Submission submission) {
        for (String name : submission.classes()) {
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("class '" + name + "' cannot be written to a space-separated label");
            }
        }
        List<List<String>> records = new ArrayList<>();
        records.add(List.of(FNAME, LABEL));
        for (int row = 0; row < submission.fnames().size(); row++) {
            List<String> labels = new ArrayList<>();
            for (int c : Ranking.topIndices(submission.scores()[row], MapAt3.DEPTH)) {
                labels.add(submission.classes().get(c));
            }
            records.add(List.of(submission.fnames().get(row), String.join(" ", labels)));
        }
        return records;
    }

    private static Submission readProbabilities(CsvTable.Row header, List<CsvTable.Row> body, List<String> classes)
            throws CsvFormatException {
        List<String> columns = header.fields().subList(1, header.size());
        List<String> used = classes == null ? columns : classes;
        int[] columnOfClass = matchColumns(header, columns, used);
        UniqueFnames fnames = new UniqueFnames();
        List<double[]> scores = new ArrayList<>();
        for (CsvTable.Row row : body) {
            StrictCsv.requireSize(row, header.size());
            fnames.add(row.field(0), row);
            double[] rowScores = new double[used.size()];
            for (int c = 0; c < used.size(); c++) {
                rowScores[c] = parseScore(row, columnOfClass[c], used.get(c));
            }
            scores.add(rowScores);
        }
        return new Submission(used, fnames.inOrder(), scores.toArray(double[][]::new));
    }

    /** Returns, per class, its column in the row (1-based, after fname); all names must match both ways. */
    private static int[] matchColumns(CsvTable.Row header, List<String> columns, List<String> classes)
            throws CsvFormatException {
        Map<String, Integer> columnIndex = new HashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columnIndex.putIfAbsent(columns.get(i), i + 1) != null) {
                repeated.add(columns.get(i));
            }
        }
        if (!repeated.isEmpty()) {
            throw StrictCsv.error(header, "repeated columns " + repeated);
        }
        List<String> missing = classes.stream().filter(c -> !columnIndex.containsKey(c)).toList();
        Set<String> known = Set.copyOf(classes);
        List<String> unknown = columns.stream().filter(c -> !known.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw StrictCsv.error(header, missing.size() + " class columns missing " + missing + ", "
                    + unknown.size() + " unknown columns " + unknown);
        }
        return classes.stream().mapToInt(columnIndex::get).toArray();
    }

    private static double parseScore(CsvTable.Row row, int column, String className) throws CsvFormatException {
        String cell = row.field(column);
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw StrictCsv.error(row, "column " + className + ": '" + cell + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw StrictCsv.error(row, "column " + className + ": '" + cell + "' is not a finite number");
        }
        return value;
    }

    private static Submission readTopLabels(CsvTable.Row header, List<CsvTable.Row> body, List<String> classes)
            throws CsvFormatException {
        if (classes == null) {
            throw new CsvFormatException(header.file(), "a 2018 submission (fname,label) needs the class list");
        }
        Map<String, Integer> classIndex = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            classIndex.put(classes.get(c), c);
        }
        UniqueFnames fnames = new UniqueFnames();
        List<double[]> scores = new ArrayList<>();
        for (CsvTable.Row row : body) {
            StrictCsv.requireSize(row, header.size());
            fnames.add(row.field(0), row);
            scores.add(topLabelScores(row, row.field(1), classIndex, classes.size()));
        }
        return new Submission(classes, fnames.inOrder(), scores.toArray(double[][]::new));
    }

    /** A repeated label is refused: Kaggle's MAP@3 would count it at its first place only, which scores cannot say. */
    private static double[] topLabelScores(CsvTable.Row row, String cell, Map<String, Integer> classIndex,
                                           int classCount) throws CsvFormatException {
        double[] scores = new double[classCount];
        String[] labels = cell.isBlank() ? new String[0] : cell.trim().split("\\s+");
        if (labels.length > MapAt3.DEPTH) {
            throw StrictCsv.error(row, labels.length + " labels, at most " + MapAt3.DEPTH);
        }
        for (int position = 0; position < labels.length; position++) {
            Integer c = classIndex.get(labels[position]);
            if (c == null) {
                throw StrictCsv.error(row, "unknown label '" + labels[position] + "'");
            }
            if (scores[c] != 0) {
                throw StrictCsv.error(row, "label '" + labels[position] + "' repeated");
            }
            scores[c] = MapAt3.DEPTH - position;
        }
        return scores;
    }
}
