package org.tagbench.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tagbench.csv.CsvTable;

/**
 * Scoring needs a file read whole or not at all: a truth or submission file that {@link CsvTable} could not read to
 * its end, or a line of it holding bytes that are not UTF-8, is refused with the file and line named.
 */
final class StrictCsv {
    private StrictCsv() {}

    /** The header row first, then the data rows; empty for an empty file. */
    static List<CsvTable.Row> read(Path file) throws CsvFormatException {
        CsvTable table = CsvTable.read(file);
        CsvTable.Failure failure = table.failure();
        if (failure != null) {
            throw failure.line() > 0 ? new CsvFormatException(file, failure.line(), failure.reason())
                    : new CsvFormatException(file, failure.reason());
        }
        List<CsvTable.Row> rows = new ArrayList<>();
        if (table.headerRow() != null) {
            rows.add(table.headerRow());
        }
        rows.addAll(table.rows());
        for (CsvTable.Row row : rows) {
            if (row.holdsBytesThatAreNotUtf8()) {
                throw error(row, CsvTable.NOT_UTF8);
            }
        }
        return rows;
    }

    static CsvFormatException error(CsvTable.Row row, String detail) {
        return new CsvFormatException(row.file(), row.line(), detail);
    }

    static void requireSize(CsvTable.Row row, int expected) throws CsvFormatException {
        if (row.size() != expected) {
            throw error(row, row.size() + " values, expected " + expected);
        }
    }
}
