package org.tagbench.app.inference;

import org.tagbench.app.platform.JsonFiles;
import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.pipeline.RecipeService;
import org.tagbench.app.runs.ClipScores;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.training.ClipIssues;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.export.Submission;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.infer.ClassWeightStacker;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.Combiners;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.RunRecord;

/**
 * Predictions of one or more runs for the clips of a split, combined into one submission: fresh inference with each
 * run's saved models, or the stored out-of-fold predictions with {@code outOfFold}.
 */
public final class PredictionService {
    private final Workspace workspace;
    private final FeatureService features;

    public PredictionService(Workspace workspace) {
        this.workspace = workspace;
        this.features = new FeatureService(workspace);
    }

    /** What a skipped clip's row holds, as the output and README say: the mean of the predicted clips' rows. */
    public static final String SKIPPED_ROW = "the mean of the predicted clips' scores";

    /**
     * Writes all the issues beside a submission file ({@code OUT.clip-issues.json}) when there are any, and returns
     * that file; the terminal shows only the first few.
     */
    public static java.util.Optional<Path> writeIssuesBeside(Path submission, ClipIssues issues) throws IOException {
        if (issues.isEmpty()) {
            return java.util.Optional.empty();
        }
        Path file = submission.resolveSibling(submission.getFileName() + ".clip-issues.json");
        java.nio.file.Files.writeString(file, JsonFiles.builder().setPrettyPrinting().create().toJson(issues));
        return java.util.Optional.of(file);
    }

    /** {@link #predictSplit}'s submission, for callers that do not report skipped clips. */
    public Submission predict(List<Long> runIds, Combine combine, String split, boolean outOfFold, String device,
                              JobContext context) throws IOException {
        return predictSplit(runIds, combine, split, outOfFold, device, context).submission();
    }

    /**
     * Every clip of the split gets a row: a clip that cannot be read (or that a run has no stored prediction for) is
     * skipped, listed with its reason, and given {@link #SKIPPED_ROW}; the others are predicted as usual.
     */
    public Prediction predictSplit(List<Long> runIds, Combine combine, String split, boolean outOfFold, String device,
                                   JobContext context) throws IOException {
        List<Long> runs = runIds.isEmpty() ? ClipScores.defaultRuns(workspace.store()) : runIds;
        if (runs.isEmpty()) {
            throw new IllegalStateException("no finished run to predict with: train one first");
        }
        List<ClipRecord> clips = workspace.store().clips(split);
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("no clips in split '" + split + "' (splits: "
                    + workspace.store().counts().clipsPerSplit().keySet() + ")");
        }
        List<ClipId> fnames = clips.stream().map(ClipRecord::fname).toList();
        Map<ClipId, String> skipped = new LinkedHashMap<>();
        List<float[][]> members = new ArrayList<>();
        Span whole = new Span(context, 0, 1);
        for (int i = 0; i < runs.size(); i++) {
            Span span = whole.part(i, runs.size());
            span.step(0, "run " + runs.get(i));
            members.add(outOfFold ? storedOrSkipped(runs.get(i), fnames, skipped)
                    : inferRun(runs.get(i), clips, device, span, skipped));
        }
        context.step(1, "combining " + runs.size() + " runs");
        List<Integer> predicted = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            if (!skipped.containsKey(fnames.get(i))) {
                predicted.add(i);
            }
        }
        if (predicted.isEmpty()) {
            throw new IllegalStateException("none of the " + clips.size() + " clips of split '" + split
                    + "' could be predicted, such as " + skipped.entrySet().iterator().next());
        }
        float[][] combined = combine(members.stream().map(rows -> rowsAt(rows, predicted)).toList(), runs, combine);
        float[][] all = withSkippedRows(combined, predicted, clips.size());
        List<ClipRecord> readable = predicted.stream().map(clips::get).toList();
        List<ClipIssues.Issue> skippedIssues = skipped.entrySet().stream()
                .map(entry -> new ClipIssues.Issue(entry.getKey(), entry.getValue())).toList();
        ClipIssues issues = new ClipIssues(ClipIssues.partialAmong(readable).partial(), skippedIssues);
        return new Prediction(new Submission(workspace.store().classes(), fnames.stream().map(ClipId::fname).toList(), toDouble(all)), issues);
    }

    private static float[][] rowsAt(float[][] rows, List<Integer> indices) {
        float[][] picked = new float[indices.size()][];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = rows[indices.get(i)];
        }
        return picked;
    }

    /** The combined rows at their clips' places, and {@link #SKIPPED_ROW} at the skipped clips' places. */
    private static float[][] withSkippedRows(float[][] combined, List<Integer> predicted, int clips) {
        float[] mean = new float[combined[0].length];
        for (float[] row : combined) {
            for (int c = 0; c < mean.length; c++) {
                mean[c] += row[c] / combined.length;
            }
        }
        float[][] all = new float[clips][];
        for (int i = 0; i < predicted.size(); i++) {
            all[predicted.get(i)] = combined[i];
        }
        for (int i = 0; i < clips; i++) {
            if (all[i] == null) {
                all[i] = mean.clone();
            }
        }
        return all;
    }

    private float[][] combine(List<float[][]> members, List<Long> runs, Combine combine) {
        return switch (combine) {
            case MEAN -> Combiners.mean(members);
            case GEOMETRIC_MEAN -> Combiners.geometricMean(members);
            case RANK -> Combiners.rankAverage(members);
            case STACK -> stacker(runs).combine(members);
        };
    }

    /** The 2nd place's per-class model weights and label-correlation layer, fitted on the runs' shared OOF clips. */
    private ClassWeightStacker stacker(List<Long> runs) {
        List<String> classes = workspace.store().classes();
        Set<ClipId> shared = null;
        for (long run : runs) {
            Set<ClipId> names = new HashSet<>(workspace.store().predictions(run, true).keySet());
            if (shared == null) {
                shared = names;
            } else {
                shared.retainAll(names);
            }
        }
        List<TrainingLabels.LabelledClip> curated = TrainingLabels.of(workspace.store(), Set.of(LabelSource.CURATED));
        List<ClipId> fit = new ArrayList<>();
        List<boolean[]> truth = new ArrayList<>();
        for (TrainingLabels.LabelledClip clip : curated) {
            if (shared != null && shared.contains(clip.clip().fname())) {
                fit.add(clip.clip().fname());
                truth.add(clip.flags(classes));
            }
        }
        if (fit.size() < 10) {
            throw new IllegalStateException("stacking needs out-of-fold predictions of every run on curated clips; only "
                    + fit.size() + " are shared: train the runs on the same curated clips");
        }
        List<float[][]> outOfFold = new ArrayList<>();
        for (long run : runs) {
            outOfFold.add(stored(run, fit));
        }
        return ClassWeightStacker.fit(outOfFold, truth.toArray(new boolean[0][]), ClassWeightStacker.Settings.DEFAULT);
    }

    private float[][] stored(long runId, List<ClipId> fnames) {
        Map<ClipId, float[]> stored = workspace.store().predictions(runId, true);
        float[][] rows = new float[fnames.size()][];
        for (int i = 0; i < fnames.size(); i++) {
            rows[i] = stored.get(fnames.get(i));
            if (rows[i] == null) {
                throw new IllegalStateException("run " + runId + " has no out-of-fold prediction for " + fnames.get(i));
            }
        }
        return rows;
    }

    /** A run's stored rows; null, and the clip listed as skipped, where it stored none (it skipped the clip). */
    private float[][] storedOrSkipped(long runId, List<ClipId> fnames, Map<ClipId, String> skipped) {
        Map<ClipId, float[]> stored = workspace.store().predictions(runId, true);
        float[][] rows = new float[fnames.size()][];
        for (int i = 0; i < fnames.size(); i++) {
            rows[i] = stored.get(fnames.get(i));
            if (rows[i] == null) {
                skipped.putIfAbsent(fnames.get(i), "run " + runId + " has no stored prediction for it (see "
                        + TrainingService.CLIP_ISSUES_FILE + " in its run folder)");
            }
        }
        return rows;
    }

    /** Where a part of the work reports: its share [from, to] of the whole job's progress. */
    private record Span(JobContext context, double from, double to) {
        void step(double fraction, String message) {
            context.step(from + (to - from) * fraction, message);
        }

        Span part(int index, int count) {
            double width = (to - from) / count;
            return new Span(context, from + width * index, from + width * (index + 1));
        }
    }

    /**
     * A pipeline's run predicts as the mean of its member runs, a recipe's ensemble run as its recipe combines them;
     * a training run with its own models.
     */
    private float[][] inferRun(long runId, List<ClipRecord> clips, String device, Span span,
                               Map<ClipId, String> skipped) throws IOException {
        List<Long> members = workspace.store().runMembers(runId);
        if (members.isEmpty()) {
            return infer(finishedRun(runId), clips, device, span, skipped);
        }
        List<float[][]> predictions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            predictions.add(inferRun(members.get(i), clips, device, span.part(i, members.size()), skipped));
        }
        return combinePresent(predictions, members, RecipeService.combineOf(workspace.store().run(runId).orElseThrow()));
    }

    private RunRecord finishedRun(long runId) {
        RunRecord run = workspace.store().run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (!RunRecord.FINISHED.equals(run.status()) || run.modelDir() == null) {
            throw new IllegalStateException("run " + runId + " is " + run.status() + " and has no models to predict with");
        }
        return run;
    }

    /** The members combined per clip; null where a member has no row for the clip (it was skipped). */
    private float[][] combinePresent(List<float[][]> members, List<Long> memberRuns, Combine combine) {
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < members.get(0).length; i++) {
            final int clip = i;
            if (members.stream().allMatch(rows -> rows[clip] != null)) {
                present.add(i);
            }
        }
        float[][] combined = new float[members.get(0).length][];
        if (!present.isEmpty()) {
            float[][] rows = combine(members.stream().map(member -> rowsAt(member, present)).toList(), memberRuns, combine);
            for (int i = 0; i < present.size(); i++) {
                combined[present.get(i)] = rows[i];
            }
        }
        return combined;
    }

    /** Features take the first fifth of a run's progress, the models the rest. */
    private float[][] infer(RunRecord run, List<ClipRecord> clips, String device, Span span,
                            Map<ClipId, String> skipped) throws IOException {
        Path bundle = Path.of(run.modelDir());
        TrainingPlan plan = ModelBundle.read(bundle).plan();
        FeatureRecipe recipe = FeatureRecipe.of(plan);
        Span featuring = new Span(span.context(), span.from(), span.from() + 0.2 * (span.to() - span.from()));
        Span scoring = new Span(span.context(), featuring.to(), span.to());
        boolean logMelOnDevice = Tagging.isGpu(device) && plan.input().isLogMel();
        List<float[][]> inputs = logMelOnDevice ? onDevice(clips, recipe, device, featuring, skipped)
                : cached(clips, recipe, featuring, skipped);
        List<float[]> globals = plan.input().globalFeatures() ? globalInputs(clips, inputs, recipe, skipped) : null;
        if (globals != null) {
            for (int i = 0; i < inputs.size(); i++) {
                inputs.set(i, globals.get(i) == null ? null : inputs.get(i));
            }
            globals = globals.stream().filter(java.util.Objects::nonNull).toList();
        }
        List<float[][]> readable = inputs.stream().filter(java.util.Objects::nonNull).toList();
        List<float[]> readableGlobals = globals;
        String message = "run " + run.id() + ": scoring %d of " + readable.size() + " clips";
        scoring.step(0, String.format(Locale.ROOT, message, 0));
        float[][] scores;
        try (ClipTagger tagger = Tagging.open(bundle, device, 0)) {
            scores = tagger.predictAll(readable, readableGlobals, scored ->
                    scoring.step((double) scored / readable.size(), String.format(Locale.ROOT, message, scored)));
        }
        float[][] rows = new float[inputs.size()][];
        for (int i = 0, next = 0; i < rows.length; i++) {
            rows[i] = inputs.get(i) == null ? null : scores[next++];
        }
        return rows;
    }

    /** Each clip's global-feature input, null for a clip whose features or audio could not be read. */
    private List<float[]> globalInputs(List<ClipRecord> clips, List<float[][]> inputs, FeatureRecipe recipe,
                                       Map<ClipId, String> skipped) {
        List<float[]> globals = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            ClipRecord clip = clips.get(i);
            globals.add(inputs.get(i) == null ? null : orSkippedGlobal(clip, recipe, skipped));
        }
        return globals;
    }

    private float[] orSkippedGlobal(ClipRecord clip, FeatureRecipe recipe, Map<ClipId, String> skipped) {
        try {
            return features.globalInput(clip, recipe);
        } catch (IOException e) {
            skipped.putIfAbsent(clip.fname(), e.getMessage());
            return null;
        }
    }

    /** A clip's features, or null with the clip listed as skipped when its audio cannot be read. */
    private interface Features {
        float[][] of(ClipRecord clip) throws IOException;
    }

    private static float[][] orSkipped(ClipRecord clip, Features features, Map<ClipId, String> skipped) {
        try {
            return features.of(clip);
        } catch (IOException e) {
            skipped.putIfAbsent(clip.fname(), e.getMessage());
            return null;
        }
    }

    private List<float[][]> cached(List<ClipRecord> clips, FeatureRecipe recipe, Span span, Map<ClipId, String> skipped) {
        MelSpectrogram extractor = new MelSpectrogram(recipe.mel());
        List<float[][]> inputs = new ArrayList<>();
        for (ClipRecord clip : clips) {
            span.step((double) inputs.size() / clips.size(), "features of " + clips.size() + " clips");
            inputs.add(orSkipped(clip, c -> features.load(c, recipe, extractor), skipped));
        }
        return inputs;
    }

    /** On a GPU the 3rd place computed features on the device: DJL's STFT there, within 0.05 dB of the CPU's. */
    private List<float[][]> onDevice(List<ClipRecord> clips, FeatureRecipe recipe, String device, Span span,
                                     Map<ClipId, String> skipped) throws IOException {
        List<float[][]> inputs = new ArrayList<>();
        try (var frontEnd = Tagging.openMelFrontEnd(recipe.mel(), device)) {
            for (ClipRecord clip : clips) {
                span.step((double) inputs.size() / clips.size(), "features of " + clips.size() + " clips");
                inputs.add(orSkipped(clip, c -> FeatureService.compute(features.fileOf(c), recipe, frontEnd::logMel),
                        skipped));
            }
        }
        return inputs;
    }

    private static double[][] toDouble(float[][] rows) {
        double[][] result = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            result[i] = TrainingLabels.toDouble(rows[i]);
        }
        return result;
    }
}
