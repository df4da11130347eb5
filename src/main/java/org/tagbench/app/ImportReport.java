package org.tagbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.dataset.LayoutKind;
import org.tagbench.store.ImportOutcome;

/** The result of importing a dataset folder into a workspace: what was found, what changed, what was rejected. */
public record ImportReport(Path datasetRoot, Path workspaceDir, LayoutKind layout, String vocabulary, int classes,
                           Map<String, Long> clipsPerSplit, Map<String, Long> labelsPerSource, ImportOutcome outcome,
                           List<ImportProblem> problems) {
    public boolean complete() {
        return problems.isEmpty();
    }
}
