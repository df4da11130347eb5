package org.tagbench.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.csv.CsvTable;

/** Collects the fnames of a file in order, refusing empty and repeated ones with both lines named. */
final class UniqueFnames {
    private final Map<String, Long> firstLine = new HashMap<>();
    private final List<String> inOrder = new ArrayList<>();

    void add(String fname, CsvTable.Row row) throws CsvFormatException {
        if (fname.isEmpty()) {
            throw StrictCsv.error(row, "empty fname");
        }
        Long first = firstLine.putIfAbsent(fname, row.line());
        if (first != null) {
            throw StrictCsv.error(row, "fname " + fname + " repeated (first on line " + first + ")");
        }
        inOrder.add(fname);
    }

    List<String> inOrder() {
        return inOrder;
    }
}
