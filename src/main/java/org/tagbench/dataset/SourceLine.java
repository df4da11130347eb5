package org.tagbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/** Where a clip or a problem came from: a CSV file and its line, or a file or folder with line 0. */
public record SourceLine(Path file, long line) {

    public SourceLine {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (no line) or positive, was " + line);
        }
    }

    /** A file or folder without a line, e.g. an audio file found by listing a folder. */
    public static SourceLine of(Path file) {
        return new SourceLine(file, 0);
    }

    /** {@code train_curated.csv:12}, or just the file name when there is no line. */
    public String describe() {
        Path name = file.getFileName();
        String shown = name != null ? name.toString() : file.toString();
        return line > 0 ? shown + ":" + line : shown;
    }
}
