package org.tagbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.csv.CsvTable;
import org.tagbench.csv.LabelsField;

/**
 * Ground truth files: FAT2019 {@code fname,labels} (labels comma-joined, quoted when several) or 2018
 * {@code fname,label[,...]} (one label). Further columns such as {@code manually_verified} or {@code usage} are
 * ignored; an empty label field means a clip without labels. The labels field is read by {@link LabelsField}, the
 * same rule as the import's (empty and repeated labels dropped), so a file that imports cleanly also evaluates.
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
        List<CsvTable.Row> rows = StrictCsv.read(file);
        if (rows.isEmpty()) {
            throw new CsvFormatException(file, "empty file, expected a header fname,labels or fname,label");
        }
        CsvTable.Row header = rows.get(0);
        boolean multiLabel = isMultiLabel(header);
        UniqueFnames fnames = new UniqueFnames();
        List<TruthRow> truth = new ArrayList<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            StrictCsv.requireSize(row, header.size());
            fnames.add(row.field(0), row);
            List<String> labels = multiLabel ? LabelsField.split(row.field(1)) : singleLabel(row.field(1));
            truth.add(new TruthRow(row.field(0), labels, row.line()));
        }
        return truth;
    }

    private static boolean isMultiLabel(CsvTable.Row header) throws CsvFormatException {
        boolean fnameFirst = header.size() >= 2 && header.field(0).equals(SubmissionCsv.FNAME);
        if (fnameFirst && header.field(1).equals(LABELS_2019)) {
            return true;
        }
        if (fnameFirst && header.field(1).equals(LABEL_2018)) {
            return false;
        }
        throw StrictCsv.error(header, "header must start with fname,labels or fname,label, found " + header.fields());
    }

    private static List<String> singleLabel(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell);
    }
}
