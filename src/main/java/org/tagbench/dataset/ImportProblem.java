package org.tagbench.dataset;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One rejected row, file or folder: the CSV file and line (line 0 when there is none, e.g. an audio
 * file found by listing a folder), the clip name when known (else null) and the reason.
 */
public record ImportProblem(Path file, long line, String fname, String reason) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    public static ImportProblem at(SourceLine origin, String fname, String reason) {
        return new ImportProblem(origin.file(), origin.line(), fname, reason);
    }

    public SourceLine origin() {
        return new SourceLine(file, line);
    }

    /** For example {@code train_curated.csv:12: unknown class 'Foo' (fname abc.wav)}. */
    public String describe() {
        String where = origin().describe() + ": " + reason;
        return fname == null || fname.isEmpty() ? where : where + " (fname " + fname + ")";
    }
}
