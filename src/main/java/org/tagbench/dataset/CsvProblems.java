package org.tagbench.dataset;

import java.util.List;
import org.tagbench.csv.CsvTable;

/** What the import reports about a CSV file read by {@link CsvTable}: the problems carry the file and line. */
final class CsvProblems {
    private CsvProblems() {}

    static SourceLine origin(CsvTable.Row row) {
        return new SourceLine(row.file(), row.line());
    }

    /** Why reading stopped early, or null when the whole file was read. */
    static ImportProblem failure(CsvTable table) {
        CsvTable.Failure failure = table.failure();
        return failure == null ? null : ImportProblem.at(new SourceLine(failure.file(), failure.line()), null, failure.reason());
    }

    /** A problem for a file whose header is not the expected one (or that could not be read), or null when it matches. */
    static ImportProblem header(CsvTable table, List<String> expected) {
        if (table.header().equals(expected)) {
            return null;
        }
        if (table.header().isEmpty() && table.failure() != null) {
            return failure(table);
        }
        String found = table.header().isEmpty() ? "an empty file" : "'" + String.join(",", table.header()) + "'";
        long line = table.headerRow() == null ? 1 : table.headerRow().line();
        return ImportProblem.at(new SourceLine(table.file(), line), null,
                "wrong columns: expected header '" + String.join(",", expected) + "', found " + found + "; file skipped");
    }

    /** A problem for a row that held bytes that are not UTF-8 or whose field count differs from the header's, else null. */
    static ImportProblem format(CsvTable table, CsvTable.Row row, String fname) {
        if (row.holdsBytesThatAreNotUtf8()) {
            return ImportProblem.at(origin(row), fname.indexOf('\uFFFD') >= 0 ? null : fname, CsvTable.NOT_UTF8);
        }
        int expected = table.header().size();
        if (row.size() == expected) {
            return null;
        }
        String hint = expected == 2 && row.size() > 2 ? " (quote a list of several labels)" : "";
        return ImportProblem.at(origin(row), fname, "expected " + expected + " fields ("
                + String.join(",", table.header()) + "), found " + row.size() + hint);
    }
}
