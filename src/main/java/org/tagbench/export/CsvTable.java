package org.tagbench.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A small CSV file read whole, each record tagged with the line it starts on so that errors can point at it.
 * Handles a UTF-8 byte order mark, CRLF and quoted fields spanning lines; blank lines are skipped.
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern PARSER_LOCATION =
            Pattern.compile("\\((?:start)?line (\\d+)\\) (.*)", Pattern.DOTALL);

    record Row(Path file, long line, List<String> values) {
        String get(int column) {
            return values.get(column);
        }

        int size() {
            return values.size();
        }

        void requireSize(int expected) throws CsvFormatException {
            if (values.size() != expected) {
                throw error(values.size() + " values, expected " + expected);
            }
        }

        CsvFormatException error(String detail) {
            return new CsvFormatException(file, line, detail);
        }
    }

    private CsvTable() {}

    static List<Row> read(Path file) throws IOException {
        String text = readUtf8(file);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                rows.add(new Row(file, lineOf(text, lineStarts, record.getCharacterPosition()), record.toList()));
            }
        } catch (UncheckedIOException e) {
            throw malformed(file, e.getCause().getMessage());
        }
        return rows;
    }

    /** commons-csv reports bad quoting from its iterator as "(line N) ..." or "(startline N) ...". */
    private static CsvFormatException malformed(Path file, String parserMessage) {
        Matcher located = PARSER_LOCATION.matcher(parserMessage);
        if (located.matches()) {
            return new CsvFormatException(file, Long.parseLong(located.group(1)), "malformed CSV: " + located.group(2));
        }
        return new CsvFormatException(file, "malformed CSV: " + parserMessage);
    }

    private static String readUtf8(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(file, "not UTF-8 text");
        }
    }

    /** Offsets at which lines start; CRLF, LF and a lone CR each end a line, as for commons-csv. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A record's position is where the parser began, before any blank lines it skipped: step over those first. */
    private static long lineOf(String text, int[] lineStarts, long recordPosition) {
        int offset = (int) recordPosition;
        while (offset < text.length() && (text.charAt(offset) == '\n' || text.charAt(offset) == '\r')) {
            offset++;
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
