package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.review.ReviewSession;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.metrics.Percentiles;
import org.tagbench.store.LabelRecord;

/**
 * How long a reviewer's decision takes to be stored (one committed SQLite transaction in WAL mode, history row
 * included), on a scratch copy of a workspace so the user's history is untouched; against a reference measured in
 * the same run: reading the clip's labels, the least a decision must do.
 */
public final class DecisionBenchmark {
    public record Result(int decisions, double medianMs, double p95Ms, double maxMs, double readMedianMs) {}

    /** Decision latencies of one phase, in milliseconds. */
    public record Latencies(int decisions, double p50Ms, double p99Ms, double maxMs) {
        static Latencies of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Latencies(sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
        }
    }

    /** Decisions with no training, then while a real retrain runs in the same process and workspace. */
    public record RetrainResult(TrainRequest training, double trainSeconds, Latencies idle, Latencies duringRetrain) {}

    /** A reviewer's pace, kept the same in both phases: a decision every few tens of milliseconds at most. */
    private static final long PAUSE_BETWEEN_DECISIONS_MS = 20;

    /** The small retrain {@code bench review --during-retrain} runs: a CPU preset on curated and noisy labels. */
    public static TrainRequest smallRetrain(String preset, int folds, int epochs) {
        return new TrainRequest(preset, folds, epochs, TrainRequest.names(LabelSource.CURATED, LabelSource.NOISY), null, "cpu",
                1L, 0, java.util.Map.of());
    }

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

    /**
     * Stores {@code rounds} decisions and their undos with no training, then goes on deciding at the same pace while
     * {@code training} runs on another thread of the same workspace (its features, epochs, out-of-fold and test
     * predictions all written meanwhile), until it finishes. Runs on a scratch copy of the workspace and its feature
     * cache.
     */
    public static RetrainResult runDuringRetrain(Path workspaceDir, Path scratch, int rounds, TrainRequest training)
            throws Exception {
        Path copy = scratch.resolve("retrain-workspace");
        Files.createDirectories(copy);
        Files.copy(workspaceDir.resolve("workspace.db"), copy.resolve("workspace.db"), StandardCopyOption.REPLACE_EXISTING);
        copyTree(workspaceDir.resolve("features"), copy.resolve("features"));
        try (Workspace workspace = Workspace.open(copy)) {
            List<LabelRecord> labels = workspace.store().labels(null);
            if (labels.isEmpty()) {
                throw new IllegalStateException("workspace " + workspaceDir + " has no labels to decide on");
            }
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "benchmark");
            int[] done = {0};
            Latencies idle = decideWhile(session, labels, () -> done[0]++ < rounds);
            FutureTask<TrainOutcome> retrain = new FutureTask<>(() -> new TrainingService(workspace)
                    .train(training, JobContext.unattended(), epoch -> { }));
            Thread trainer = new Thread(retrain, "bench-retrain");
            long start = System.nanoTime();
            trainer.start();
            Latencies during = decideWhile(session, labels, () -> !retrain.isDone());
            try {
                retrain.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("the retrain failed: " + e.getCause().getMessage(), e.getCause());
            }
            return new RetrainResult(training, millisSince(start) / 1000, idle, during);
        }
    }

    private static Latencies decideWhile(ReviewSession session, List<LabelRecord> labels, BooleanSupplier goOn)
            throws InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; goOn.getAsBoolean(); i++) {
            LabelRecord label = labels.get(i % labels.size());
            long start = System.nanoTime();
            session.reject(label.fname(), label.className());
            millis.add(millisSince(start));
            Thread.sleep(PAUSE_BETWEEN_DECISIONS_MS);
            start = System.nanoTime();
            session.undo();
            millis.add(millisSince(start));
            Thread.sleep(PAUSE_BETWEEN_DECISIONS_MS);
        }
        return Latencies.of(millis);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] sorted, double percent) {
        return Percentiles.nearestRank(sorted, percent);
    }
}
