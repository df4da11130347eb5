package org.tagbench.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tagbench.metrics.LwlrapResult;
import org.tagbench.store.Decision;
import org.tagbench.store.EpochRecord;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * The workspace's runs for people: each with its metrics and how many reviewer decisions its labels included, a run's
 * lwlrap per class, the active ensemble and how a new run compares with it. Runs are compared on their out-of-sample
 * predictions against the curated labels as they stand now ({@link OutOfSampleScores}), so they share clips and labels.
 */
public final class RunsService {
    private final WorkspaceStore store;

    public RunsService(Workspace workspace) {
        this.store = workspace.store();
    }

    /** A run with its wall time (null while it runs) and the number of decisions it saw. */
    public record RunSummary(RunRecord run, Duration duration, int decisionsSeen) {}

    /** One class's lwlrap and its share of the labels. */
    public record ClassScore(String className, double lwlrap, double weight) {}

    /** A run's or an ensemble's lwlrap on the curated clips it predicted, overall and per class (vocabulary order). */
    public record Scores(double overall, List<ClassScore> perClass) {}

    /** A run beside the active ensemble; {@code active} is null when no run is active. */
    public record Comparison(long runId, Scores run, List<Long> activeRuns, Scores active) {}

    /** Every run, oldest first. */
    public List<RunSummary> runs() {
        List<Decision> decisions = store.decisionsUpTo(Long.MAX_VALUE);
        List<RunSummary> summaries = new ArrayList<>();
        for (RunRecord run : store.runs()) {
            Duration duration = run.finishedAt() == null ? null : Duration.between(run.startedAt(), run.finishedAt());
            int seen = (int) decisions.stream().filter(decision -> decision.id() <= run.lastDecisionId()).count();
            summaries.add(new RunSummary(run, duration, seen));
        }
        return summaries;
    }

    /** The reviewer decisions the run's labels included, oldest first. */
    public List<Decision> decisionsSeen(long runId) {
        return store.decisionsUpTo(requireRun(runId).lastDecisionId());
    }

    public Scores scores(long runId) {
        requireRun(runId);
        return ensembleScores(List.of(runId));
    }

    public List<Long> activeRuns() {
        return store.activeRuns().stream().map(RunRecord::id).toList();
    }

    /** Makes exactly these finished runs the active ensemble. */
    public void activate(List<Long> runIds) {
        store.setActiveRuns(runIds);
    }

    public Comparison compareWithActive(long runId) {
        List<Long> active = activeRuns();
        return new Comparison(runId, scores(runId), active, active.isEmpty() ? null : ensembleScores(active));
    }

    /** The newest run that recorded epochs (a pipeline's stages do; the pipeline's own run does not), if any. */
    public Optional<RunRecord> newestWithEpochs() {
        List<RunRecord> runs = store.runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (!store.epochs(runs.get(i).id()).isEmpty()) {
                return Optional.of(runs.get(i));
            }
        }
        return Optional.empty();
    }

    public List<EpochRecord> epochs(long runId) {
        return store.epochs(runId);
    }

    /** The mean of the runs' out-of-sample predictions, scored. */
    public Scores ensembleScores(List<Long> runIds) {
        Map<String, float[]> predictions = OutOfSampleScores.ensemble(store, runIds);
        LwlrapResult result = OutOfSampleScores.againstCurated(store, predictions);
        List<String> classes = store.classes();
        if (result.perClass().length != classes.size()) {
            return new Scores(Double.NaN, List.of()); // no curated clip predicted
        }
        List<ClassScore> perClass = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            perClass.add(new ClassScore(classes.get(c), result.perClass()[c], result.classWeight()[c]));
        }
        return new Scores(result.overall(), perClass);
    }

    private RunRecord requireRun(long runId) {
        return store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }
}
