package org.tagbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ground truth files: FAT2019 {@code fname,labels} (labels comma-joined, quoted when several) or 2018
 * {@code fname,label[,...]} (one label). Further columns such as {@code manually_verified} or {@code usage} are
 * ignored; an empty label field means a clip without labels.
 */
public final class TruthCsv {
    /** One clip's labels and the line it was read from, for error messages further on. */
    public record TruthRow(String fname, List<String> labels, long line) {}

    private static final String LABELS_2019 = "labels";
    private static final String LABEL_2018 = "label";

    private TruthCsv() {}

    /** fname to labels, in file order. */
    public static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (TruthRow row : readRows(file)) {
            labels.put(row.fname(), row.labels());
        }
        return labels;
    }

    /** The rows in file order; fnames are unique (a repeated one is refused naming both lines). */
    public static List<TruthRow> readRows(Path file) throws IOException {
        List<CsvTable.Row> rows = CsvTable.read(file);
        if (rows.isEmpty()) {
            throw new CsvFormatException(file, "empty file, expected a header fname,labels or fname,label");
        }
        CsvTable.Row header = rows.get(0);
        boolean multiLabel = isMultiLabel(header);
        UniqueFnames fnames = new UniqueFnames();
        List<TruthRow> truth = new ArrayList<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            row.requireSize(header.size());
            fnames.add(row.get(0), row);
            List<String> labels = multiLabel ? splitLabels(row) : singleLabel(row.get(1));
            truth.add(new TruthRow(row.get(0), labels, row.line()));
        }
        return truth;
    }

    private static boolean isMultiLabel(CsvTable.Row header) throws CsvFormatException {
        boolean fnameFirst = header.size() >= 2 && header.get(0).equals(SubmissionCsv.FNAME);
        if (fnameFirst && header.get(1).equals(LABELS_2019)) {
            return true;
        }
        if (fnameFirst && header.get(1).equals(LABEL_2018)) {
            return false;
        }
        throw header.error("header must start with fname,labels or fname,label, found " + header.values());
    }

    private static List<String> singleLabel(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell);
    }

    private static List<String> splitLabels(CsvTable.Row row) throws CsvFormatException {
        String cell = row.get(1);
        if (cell.isEmpty()) {
            return List.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String part : cell.split(",", -1)) {
            String label = part.trim();
            if (label.isEmpty()) {
                throw row.error("empty label in '" + cell + "'");
            }
            if (!labels.add(label)) {
                throw row.error("label " + label + " repeated");
            }
        }
        return List.copyOf(labels);
    }
}
