package org.tagbench.app.inference;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.review.ReviewQueueService;
import org.tagbench.app.runs.ClipScores;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * Tag suggestions for the clip a reviewer looks at, from the active ensemble. Clips the ensemble stored predictions
 * for (out-of-fold for training clips, so a clip is never judged by a model that learnt its own label) are answered
 * from those; any other clip goes through the fast one-fold tagger of the newest member run, and the answer is kept
 * until {@link #refresh()}. Scores are cached per run set; the flags are recomputed from the clip's current labels
 * on every call, so a decision shows at once. Not thread-safe by design: call it from one background thread.
 */
public final class SuggestionService implements AutoCloseable {
    /** A given label scored under this, with a missing class ranked above it, is marked as doubted. */
    public static final double DOUBT_BELOW = 0.5;

    private final Workspace workspace;
    private final String device;
    private final Map<ClipId, double[]> liveScores = new HashMap<>();
    private ClipScores stored;
    private double[] thresholds;
    private ClipTagger tagger;
    private LiveModel liveModel;

    private record LiveModel(long runId, FeatureRecipe recipe, MelSpectrogram extractor) {}

    public SuggestionService(Workspace workspace, String device) {
        this.workspace = workspace;
        this.device = device;
    }

    /** Whether there is any finished run to suggest with. */
    public boolean hasModel() {
        return !ClipScores.defaultRuns(workspace.store()).isEmpty();
    }

    public ClipSuggestions suggest(ClipId fname) throws IOException {
        ensureScores();
        double[] scores = stored.byFname().get(fname);
        String basis = "stored predictions of runs " + runList(stored.runIds());
        if (scores == null) {
            scores = liveScoresOf(fname);
            basis = "live, one fold of run " + liveModel.runId();
        }
        return new ClipSuggestions(fname, rank(fname, scores), basis);
    }

    /** The fast tagger's scores for a clip, computed once until {@link #refresh()}. */
    double[] liveScoresOf(ClipId fname) {
        ensureScores();
        return liveScores.computeIfAbsent(fname, this::inferLive);
    }

    /** Forgets cached scores and models: call after a run finished or the active ensemble changed. */
    public void refresh() {
        stored = null;
        thresholds = null;
        liveScores.clear();
        closeTagger();
    }

    private void ensureScores() {
        if (stored == null) {
            stored = ClipScores.ofRuns(workspace.store(), ClipScores.defaultRuns(workspace.store()));
            thresholds = new ReviewQueueService(workspace).suggestionThresholds(stored);
        }
    }

    private List<ClipSuggestions.Suggestion> rank(ClipId fname, double[] scores) {
        List<String> classes = stored.classes();
        Set<String> given = workspace.store().labelsOf(fname).stream().filter(LabelRecord::isActive)
                .map(LabelRecord::className).collect(Collectors.toSet());
        double bestMissing = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (!given.contains(classes.get(c))) {
                bestMissing = Math.max(bestMissing, scores[c]);
            }
        }
        List<ClipSuggestions.Suggestion> ranked = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            boolean labelled = given.contains(classes.get(c));
            boolean disagrees = labelled ? scores[c] < DOUBT_BELOW && scores[c] < bestMissing : scores[c] > thresholds[c];
            ranked.add(new ClipSuggestions.Suggestion(classes.get(c), scores[c], labelled, disagrees));
        }
        ranked.sort(Comparator.comparingDouble(ClipSuggestions.Suggestion::score).reversed());
        return ranked;
    }

    private double[] inferLive(ClipId fname) {
        try {
            LiveModel model = liveModel();
            ClipRecord clip = workspace.store().clip(fname)
                    .orElseThrow(() -> new IllegalArgumentException("no clip named '" + fname + "' in this workspace"));
            FeatureService service = new FeatureService(workspace);
            float[][] features = service.load(clip, model.recipe(), model.extractor());
            List<float[]> globals = model.recipe().input().globalFeatures()
                    ? List.of(service.globalInput(clip, model.recipe())) : null;
            return TrainingLabels.toDouble(tagger.predictAll(java.util.Collections.singletonList(features), globals, scored -> { })[0]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot suggest tags for " + fname + ": " + e.getMessage(), e);
        }
    }

    private LiveModel liveModel() {
        if (liveModel == null) {
            RunRecord run = liveRun(workspace.store(), stored.runIds());
            Path bundle = Path.of(run.modelDir());
            FeatureRecipe recipe = FeatureRecipe.of(ModelBundle.read(bundle).plan());
            tagger = Tagging.openForSuggestions(bundle, device, 0);
            liveModel = new LiveModel(run.id(), recipe, new MelSpectrogram(recipe.mel()));
        }
        return liveModel;
    }

    /**
     * The run whose one fold suggests live: the newest run with saved models among these runs and, for pipelines and
     * recipes, their member runs (an ensemble run itself has no models). Shared with the suggestion benchmark.
     */
    public static RunRecord liveRun(WorkspaceStore store, List<Long> runIds) {
        List<Long> candidates = new ArrayList<>();
        for (long id : runIds) {
            candidates.add(id);
            candidates.addAll(store.runMembers(id));
        }
        return candidates.stream().sorted(Comparator.reverseOrder())
                .map(id -> store.run(id).orElse(null))
                .filter(run -> run != null && RunRecord.FINISHED.equals(run.status()) && run.modelDir() != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("runs " + runList(runIds) + " have no saved models to suggest with"));
    }

    private static String runList(List<Long> runIds) {
        return runIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void closeTagger() {
        if (tagger != null) {
            tagger.close();
            tagger = null;
        }
        liveModel = null;
    }

    @Override
    public void close() {
        closeTagger();
    }
}
