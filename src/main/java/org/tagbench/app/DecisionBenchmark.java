package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.tagbench.store.LabelRecord;

/**
 * How long a reviewer's decision takes to be stored (one committed SQLite transaction in WAL mode, history row
 * included), on a scratch copy of a workspace so the user's history is untouched; against a reference measured in
 * the same run: reading the clip's labels, the least a decision must do.
 */
public final class DecisionBenchmark {
    public record Result(int decisions, double medianMs, double p95Ms, double maxMs, double readMedianMs) {}

    private DecisionBenchmark() {}

    public static Result run(Path workspaceDir, Path scratch, int rounds) throws IOException {
        Path copy = scratch.resolve("workspace");
        Files.createDirectories(copy);
        Files.copy(workspaceDir.resolve("workspace.db"), copy.resolve("workspace.db"), StandardCopyOption.REPLACE_EXISTING);
        try (Workspace workspace = Workspace.open(copy)) {
            List<LabelRecord> labels = workspace.store().labels(null);
            if (labels.isEmpty()) {
                throw new IllegalStateException("workspace " + workspaceDir + " has no labels to decide on");
            }
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "benchmark");
            double[] decisions = new double[rounds * 2];
            double[] reads = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                LabelRecord label = labels.get(i % labels.size());
                long start = System.nanoTime();
                workspace.store().labelsOf(label.fname());
                reads[i] = millisSince(start);
                start = System.nanoTime();
                session.reject(label.fname(), label.className());
                decisions[2 * i] = millisSince(start);
                start = System.nanoTime();
                session.undo();
                decisions[2 * i + 1] = millisSince(start);
            }
            Arrays.sort(decisions);
            Arrays.sort(reads);
            return new Result(decisions.length, percentile(decisions, 50), percentile(decisions, 95),
                    decisions[decisions.length - 1], percentile(reads, 50));
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** A percentile of sorted values. */
    public static double percentile(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
