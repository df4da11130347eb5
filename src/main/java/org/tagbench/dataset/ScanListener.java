package org.tagbench.dataset;

/** Progress of {@link DatasetScanner#scan(java.nio.file.Path, ScanListener)} while it reads audio headers. */
@FunctionalInterface
public interface ScanListener {
    ScanListener NONE = (done, total) -> { };

    /** Called from the probing threads after each audio file; {@code done} counts up to {@code total}. */
    void probed(int done, int total);
}
