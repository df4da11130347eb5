package org.tagbench.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A whole CSV file read into memory: header, records with the line each starts on, and the reason
 * reading stopped early, if it did. Reading never throws; a file that cannot be read becomes a problem.
 */
final class CsvTable {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    // Empty lines are kept as records so that the parser's line counter stays exact; they are dropped below.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** One data record; fields are stripped of surrounding white space. */
    record Row(SourceLine origin, List<String> fields) {
        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;
    private final ImportProblem failure;

    private CsvTable(Path file, List<String> header, List<Row> rows, ImportProblem failure) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.failure = failure;
    }

    static CsvTable read(Path file) {
        return read(file, Long.MAX_VALUE);
    }

    /** Reads the header only, for layout detection. */
    static List<String> readHeader(Path file) {
        return read(file, 0).header();
    }

    private static CsvTable read(Path file, long maxRows) {
        List<String> header = List.of();
        List<Row> rows = new ArrayList<>();
        long line = 0;
        try (Reader reader = openWithoutBom(file); CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (header.isEmpty() || rows.size() < maxRows) {
                // hasNext() already parses the record, so the line it starts on must be taken before.
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> fields = stripped(records.next());
                if (isBlankLine(fields)) {
                    continue;
                }
                if (header.isEmpty()) {
                    header = fields;
                } else {
                    rows.add(new Row(new SourceLine(file, line), fields));
                }
            }
            return new CsvTable(file, header, rows, null);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            return new CsvTable(file, header, rows, ImportProblem.at(new SourceLine(file, line), null, readFailure(cause)));
        }
    }

    /**
     * Bytes that are not UTF-8 become U+FFFD instead of failing the whole read (the strict decoder fails a buffer
     * ahead of the parser, losing every row and the line number); the rows holding them are reported one by one.
     */
    private static Reader openWithoutBom(Path file) throws IOException {
        CharsetDecoder lenient = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), lenient));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    private static List<String> stripped(CSVRecord record) {
        return record.stream().map(String::strip).toList();
    }

    private static boolean isBlankLine(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }

    private static String readFailure(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "cannot read: file not found";
        }
        if (cause instanceof CharacterCodingException) {
            return "cannot read: not UTF-8 text";
        }
        return "cannot read: " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
    }

    Path file() {
        return file;
    }

    /** The first non-empty record, or empty for an empty file. */
    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Why reading stopped before the end of the file, or null when it read to the end. */
    ImportProblem failure() {
        return failure;
    }

    /**
     * A problem for a file whose header is not the expected one (or that could not be read at all),
     * or null when the header matches.
     */
    ImportProblem headerProblem(List<String> expected) {
        if (header.equals(expected)) {
            return null;
        }
        if (header.isEmpty() && failure != null) {
            return failure;
        }
        String found = header.isEmpty() ? "an empty file" : "'" + String.join(",", header) + "'";
        return ImportProblem.at(new SourceLine(file, 1), null,
                "wrong columns: expected header '" + String.join(",", expected) + "', found " + found + "; file skipped");
    }

    /** A problem for a row that held bytes that are not UTF-8 or whose field count differs from the header's, else null. */
    ImportProblem formatProblem(Row row, String fname) {
        if (row.fields().stream().anyMatch(field -> field.indexOf(REPLACEMENT_CHARACTER) >= 0)) {
            return ImportProblem.at(row.origin(), fname.indexOf(REPLACEMENT_CHARACTER) >= 0 ? null : fname,
                    "not UTF-8 text: this line holds bytes of another encoding (save the file as UTF-8)");
        }
        if (row.fields().size() == header.size()) {
            return null;
        }
        String hint = header.size() == 2 && row.fields().size() > 2 ? " (quote a list of several labels)" : "";
        return ImportProblem.at(row.origin(), fname, "expected " + header.size() + " fields ("
                + String.join(",", header) + "), found " + row.fields().size() + hint);
    }
}
