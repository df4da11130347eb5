package org.tagbench.export;

import java.io.IOException;
import java.nio.file.Path;

/** A CSV file that cannot be used as it is; the message starts with {@code file:line:} like a compiler's. */
public class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public CsvFormatException(Path file, long line, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
    }

    /** For problems of the file as a whole (no single line to blame). */
    public CsvFormatException(Path file, String detail) {
        super(file + ": " + detail);
        this.file = file;
        this.line = 0;
    }

    public Path file() {
        return file;
    }

    /** 1-based line the problem is on, 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
