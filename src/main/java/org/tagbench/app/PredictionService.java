package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tagbench.dsp.MelConfig;
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

    public Submission predict(List<Long> runIds, Combine combine, String split, boolean outOfFold, String device,
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
        List<String> fnames = clips.stream().map(ClipRecord::fname).toList();
        List<float[][]> members = new ArrayList<>();
        Span whole = new Span(context, 0, 1);
        for (int i = 0; i < runs.size(); i++) {
            Span span = whole.part(i, runs.size());
            span.step(0, "run " + runs.get(i));
            members.add(outOfFold ? stored(runs.get(i), fnames) : inferRun(runs.get(i), clips, device, span));
        }
        context.step(1, "combining " + runs.size() + " runs");
        float[][] combined = combine(members, runs, combine);
        return new Submission(workspace.store().classes(), fnames, toDouble(combined));
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
        Set<String> shared = null;
        for (long run : runs) {
            Set<String> names = new HashSet<>(workspace.store().predictions(run, true).keySet());
            if (shared == null) {
                shared = names;
            } else {
                shared.retainAll(names);
            }
        }
        List<TrainingLabels.LabelledClip> curated = TrainingLabels.of(workspace.store(), Set.of(TrainingLabels.CURATED));
        List<String> fit = new ArrayList<>();
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

    private float[][] stored(long runId, List<String> fnames) {
        Map<String, float[]> stored = workspace.store().predictions(runId, true);
        float[][] rows = new float[fnames.size()][];
        for (int i = 0; i < fnames.size(); i++) {
            rows[i] = stored.get(fnames.get(i));
            if (rows[i] == null) {
                throw new IllegalStateException("run " + runId + " has no out-of-fold prediction for " + fnames.get(i));
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

    /** A pipeline or ensemble run predicts as the mean of its member runs; a training run with its own models. */
    private float[][] inferRun(long runId, List<ClipRecord> clips, String device, Span span) throws IOException {
        List<Long> members = workspace.store().runMembers(runId);
        if (members.isEmpty()) {
            return infer(finishedRun(runId), clips, device, span);
        }
        List<float[][]> predictions = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            predictions.add(inferRun(members.get(i), clips, device, span.part(i, members.size())));
        }
        return Combiners.mean(predictions);
    }

    private RunRecord finishedRun(long runId) {
        RunRecord run = workspace.store().run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (!RunRecord.FINISHED.equals(run.status()) || run.modelDir() == null) {
            throw new IllegalStateException("run " + runId + " is " + run.status() + " and has no models to predict with");
        }
        return run;
    }

    /** Features take the first fifth of a run's progress, the models the rest. */
    private float[][] infer(RunRecord run, List<ClipRecord> clips, String device, Span span) throws IOException {
        Path bundle = Path.of(run.modelDir());
        TrainingPlan plan = ModelBundle.read(bundle).plan();
        FeatureRecipe recipe = FeatureRecipe.trimmed(MelConfig.preset(plan.melPreset()));
        Span featuring = new Span(span.context(), span.from(), span.from() + 0.2 * (span.to() - span.from()));
        Span scoring = new Span(span.context(), featuring.to(), span.to());
        List<float[][]> inputs = Tagging.isGpu(device) ? onDevice(clips, recipe, device, featuring)
                : cached(clips, recipe, featuring);
        String message = "run " + run.id() + ": scoring %d of " + clips.size() + " clips";
        scoring.step(0, String.format(Locale.ROOT, message, 0));
        try (ClipTagger tagger = Tagging.open(bundle, device, 0)) {
            return tagger.predictAll(inputs, scored ->
                    scoring.step((double) scored / clips.size(), String.format(Locale.ROOT, message, scored)));
        }
    }

    private List<float[][]> cached(List<ClipRecord> clips, FeatureRecipe recipe, Span span) throws IOException {
        MelSpectrogram extractor = new MelSpectrogram(recipe.mel());
        List<float[][]> inputs = new ArrayList<>();
        for (ClipRecord clip : clips) {
            span.step((double) inputs.size() / clips.size(), "features of " + clips.size() + " clips");
            inputs.add(features.load(clip, recipe, extractor));
        }
        return inputs;
    }

    /** On a GPU the 3rd place computed features on the device: DJL's STFT there, within 0.05 dB of the CPU's. */
    private List<float[][]> onDevice(List<ClipRecord> clips, FeatureRecipe recipe, String device, Span span)
            throws IOException {
        List<float[][]> inputs = new ArrayList<>();
        try (var frontEnd = Tagging.openMelFrontEnd(recipe.mel(), device)) {
            for (ClipRecord clip : clips) {
                span.step((double) inputs.size() / clips.size(), "features of " + clips.size() + " clips");
                inputs.add(FeatureService.compute(features.fileOf(clip), recipe, frontEnd::logMel));
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
