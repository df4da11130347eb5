package org.tagbench.app.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.dataset.LayoutKind;
import org.tagbench.store.ImportOutcome;

/**
 * The result of importing a dataset folder into a workspace: what was found, what changed, what was rejected, and
 * which clips imported with only part of their audio ({@code partialClips}: the row or file, and what was kept).
 */
public record ImportReport(Path datasetRoot, Path workspaceDir, LayoutKind layout, String vocabulary, int classes,
                           Map<String, Long> clipsPerSplit, Map<String, Long> labelsPerSource, ImportOutcome outcome,
                           List<ImportProblem> problems, List<ImportProblem> partialClips) {
    public ImportReport {
        problems = List.copyOf(problems);
        partialClips = List.copyOf(partialClips);
    }

    /** Every row imported, with all of its audio. */
    public boolean complete() {
        return problems.isEmpty() && partialClips.isEmpty();
    }
}
