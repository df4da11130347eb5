package org.tagbench.app.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tagbench.export.SubmissionFormat;

/**
 * A submission to export: the clips of {@code split} predicted by {@code runIds} (empty: the active ensemble, else the
 * newest finished run), fresh from the models or, with {@code outOfFold}, from the runs' stored out-of-fold predictions;
 * scored against {@code truth} when that is not null.
 */
public record SubmissionRequest(List<Long> runIds, String split, boolean outOfFold, SubmissionFormat format, Path out,
                                Path truth) {
    public SubmissionRequest {
        runIds = List.copyOf(runIds);
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }
}
