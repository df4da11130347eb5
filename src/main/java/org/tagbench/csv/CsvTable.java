package org.tagbench.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader (and writer format) of Tagbench: a whole file read into memory, each record with the line it
 * starts on, fields stripped of surrounding white space, blank lines skipped, a UTF-8 byte order mark, CRLF and
 * quoted fields spanning lines handled. Reading never throws: a file that cannot be read to its end keeps the rows
 * before the trouble and says where and why reading stopped ({@link #failure()}). Bytes that are not UTF-8 do not
 * stop it either: the rows holding them are marked ({@link Row#holdsBytesThatAreNotUtf8()}) so that each caller can
 * name the line (import skips that row, eval refuses the file).
 */
public final class CsvTable {
    /** The reason given for a row holding bytes that are not UTF-8. */
    public static final String NOT_UTF8 = "not UTF-8 text: this line holds bytes of another encoding (save the file as UTF-8)";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';
    // Empty lines are kept as records so that the parser's line counter stays exact; they are dropped below.
    private static final CSVFormat READ_FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    // Kaggle's files end lines with \n; MINIMAL quoting quotes exactly the fields holding a comma or a quote.
    private static final CSVFormat WRITE_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
    private static final Pattern PARSER_LOCATION = Pattern.compile("\\((?:start)?line (\\d+)\\) (.*)", Pattern.DOTALL);

    /** One record and the line it starts on. */
    public record Row(Path file, long line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** The field at {@code index}, or "" when the record is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public int size() {
            return fields.size();
        }

        /** Whether the line held bytes that are not UTF-8 (decoded as U+FFFD). */
        public boolean holdsBytesThatAreNotUtf8() {
            return fields.stream().anyMatch(field -> field.indexOf(REPLACEMENT_CHARACTER) >= 0);
        }
    }

    /** Why reading stopped before the end of the file; {@code line} is 0 when no line is to blame (file not found). */
    public record Failure(Path file, long line, String reason) {}

    private final Path file;
    private final Row header;
    private final List<Row> rows;
    private final Failure failure;

    private CsvTable(Path file, Row header, List<Row> rows, Failure failure) {
        this.file = file;
        this.header = header;
        this.rows = List.copyOf(rows);
        this.failure = failure;
    }

    public static CsvTable read(Path file) {
        return read(file, Long.MAX_VALUE);
    }

    /** Reads the header only, for layout detection; empty for an empty or unreadable file. */
    public static List<String> readHeader(Path file) {
        return read(file, 0).header();
    }

    /** A printer in the format Tagbench writes: RFC 4180, minimal quoting, lines ending with \n. */
    public static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, WRITE_FORMAT);
    }

    private static CsvTable read(Path file, long maxRows) {
        Row header = null;
        List<Row> rows = new ArrayList<>();
        long line = 0;
        try (Reader reader = openWithoutBom(file); CSVParser parser = READ_FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (header == null || rows.size() < maxRows) {
                // hasNext() already parses the record, so the line it starts on must be taken before.
                line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> fields = records.next().stream().map(String::strip).toList();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue;
                }
                Row row = new Row(file, line, fields);
                if (header == null) {
                    header = row;
                } else {
                    rows.add(row);
                }
            }
            return new CsvTable(file, header, rows, null);
        } catch (NoSuchFileException e) {
            return new CsvTable(file, header, rows, new Failure(file, 0, "cannot read: file not found"));
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            return new CsvTable(file, header, rows, failure(file, line, cause));
        }
    }

    /** commons-csv reports bad quoting as "(line N) ..." or "(startline N) ..."; other errors are the file's. */
    private static Failure failure(Path file, long line, IOException cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        Matcher located = PARSER_LOCATION.matcher(message);
        if (located.matches()) {
            return new Failure(file, Long.parseLong(located.group(1)), "malformed CSV: " + located.group(2));
        }
        return new Failure(file, line, "cannot read: " + message);
    }

    /**
     * Bytes that are not UTF-8 become U+FFFD instead of failing the whole read (the strict decoder fails a buffer
     * ahead of the parser, losing every row and the line number); the rows holding them are marked.
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

    public Path file() {
        return file;
    }

    /** The fields of the first non-blank record, or empty for an empty file. */
    public List<String> header() {
        return header == null ? List.of() : header.fields();
    }

    /** The first non-blank record with its line, or null for an empty file. */
    public Row headerRow() {
        return header;
    }

    /** The records after the header, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Why reading stopped before the end of the file, or null when it read to the end. */
    public Failure failure() {
        return failure;
    }
}
