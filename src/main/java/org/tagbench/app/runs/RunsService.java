package org.tagbench.app.runs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.metrics.LwlrapResult;
import org.tagbench.store.Decision;
import org.tagbench.store.EpochRecord;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * The workspace's runs for people: each with its metrics and how many reviewer decisions its labels included, a run's
 * lwlrap per class, the active ensemble and how a new run compares with it. Every lwlrap figure of a run or an
 * ensemble, wherever it is shown (the CLI's {@code train}, {@code pipeline} and {@code runs}, the runs view, the
 * retrain pane), is {@link #ensembleScores}: out-of-sample predictions against the curated labels as they stand now
 * ({@link OutOfSampleScores}), so runs trained on different clips or before later decisions share clips and labels.
 * Each clip's prediction comes from a model that never trained on it, nor did any model it was warm-started from
 * (the workspace folds, docs/decisions/0013); {@link Scores#describe} says so.
 */
public final class RunsService {
    /** In a run's params_json: the workspace folds it validated on (absent in runs from before them). */
    public static final String WORKSPACE_FOLDS_PARAM = "workspaceFolds";

    private final WorkspaceStore store;

    public RunsService(Workspace workspace) {
        this.store = workspace.store();
    }

    /** A run with its wall time (null while it runs), the number of decisions it saw and its lwlrap figure. */
    public record RunSummary(RunRecord run, Duration duration, int decisionsSeen, Scores scores) {}

    /** One class's lwlrap and its share of the labels. */
    public record ClassScore(String className, double lwlrap, double weight) {}

    /**
     * A run's or an ensemble's lwlrap on the curated clips it predicted ({@code clips} of them) against their labels
     * as they stand now, overall and per class (vocabulary order); NaN overall when it predicted none. {@code folds}
     * says which folds kept those clips out of every model that predicted them: "5 workspace folds" (docs/decisions
     * /0013), or "the run's own folds" ("each run's own folds") for runs from before the workspace folds, whose
     * warm-started stages could validate on clips the model they started from trained on.
     */
    public record Scores(double overall, int clips, List<ClassScore> perClass, String folds) {
        public Scores(double overall, int clips, List<ClassScore> perClass) {
            this(overall, clips, perClass, "");
        }

        /** The figure alone, "0.2649", or "-" without one. */
        public String figure() {
            return Double.isNaN(overall) ? "-" : String.format(Locale.ROOT, "%.4f", overall);
        }

        /** The figure with what it is computed on: "OOF lwlrap 0.2649 on 44 curated clips, labels as now". */
        public String describe() {
            return Double.isNaN(overall) ? "OOF lwlrap -: no curated clip predicted"
                    : "OOF lwlrap " + figure() + " on " + clips + " curated clips" + (folds.isEmpty() ? "" : ", " + folds)
                    + ", labels as now";
        }
    }

    /** A run beside the active ensemble; {@code active} is null when no run is active. */
    public record Comparison(long runId, Scores run, List<Long> activeRuns, Scores active) {}

    /** Every run with its lwlrap figure, oldest first. */
    public List<RunSummary> runs() {
        List<Decision> decisions = store.decisionsUpTo(Long.MAX_VALUE);
        OutOfSampleScores.CuratedTruth truth = OutOfSampleScores.CuratedTruth.of(store);
        List<RunSummary> summaries = new ArrayList<>();
        for (RunRecord run : store.runs()) {
            Duration duration = run.finishedAt() == null ? null : Duration.between(run.startedAt(), run.finishedAt());
            int seen = (int) decisions.stream().filter(decision -> decision.id() <= run.lastDecisionId()).count();
            summaries.add(new RunSummary(run, duration, seen, scores(truth, List.of(run.id()))));
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

    /** The mean of the runs' out-of-sample predictions, scored: the one lwlrap figure of runs and ensembles. */
    public Scores ensembleScores(List<Long> runIds) {
        return scores(OutOfSampleScores.CuratedTruth.of(store), runIds);
    }

    private Scores scores(OutOfSampleScores.CuratedTruth truth, List<Long> runIds) {
        OutOfSampleScores.Scored scored = truth.score(OutOfSampleScores.ensemble(store, runIds));
        LwlrapResult result = scored.result();
        List<String> classes = truth.classes();
        if (scored.clips() == 0 || result.perClass().length != classes.size()) {
            return new Scores(Double.NaN, 0, List.of()); // no curated clip predicted
        }
        List<ClassScore> perClass = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            perClass.add(new ClassScore(classes.get(c), result.perClass()[c], result.classWeight()[c]));
        }
        return new Scores(result.overall(), scored.clips(), perClass, foldsOf(runIds));
    }

    /** Which folds the runs (an ensemble's or a pipeline's members, in turn) validated on, for {@link Scores#folds}. */
    private String foldsOf(List<Long> runIds) {
        java.util.Set<String> folds = new java.util.TreeSet<>();
        java.util.Deque<Long> pending = new java.util.ArrayDeque<>(runIds);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            long id = pending.pop();
            if (!seen.add(id)) {
                continue;
            }
            List<Long> members = store.runMembers(id);
            if (!members.isEmpty()) {
                pending.addAll(members);
                continue;
            }
            folds.add(store.run(id).map(RunsService::workspaceFolds).orElse(""));
        }
        if (folds.isEmpty() || folds.contains("")) {
            return seen.size() == 1 ? "the run's own folds" : "each run's own folds";
        }
        return folds.size() == 1 ? folds.iterator().next() + " workspace folds" : "workspace folds " + String.join(" and ", folds);
    }

    /** "5" for a run trained on the 5 workspace folds, "" for a run from before them. */
    private static String workspaceFolds(RunRecord run) {
        try {
            var params = com.google.gson.JsonParser.parseString(run.paramsJson()).getAsJsonObject();
            var folds = params.getAsJsonObject(WORKSPACE_FOLDS_PARAM);
            return folds == null ? "" : Integer.toString(folds.get("folds").getAsInt());
        } catch (RuntimeException e) {
            return "";
        }
    }

    private RunRecord requireRun(long runId) {
        return store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
    }
}
