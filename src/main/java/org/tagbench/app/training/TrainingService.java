package org.tagbench.app.training;

import org.tagbench.app.platform.JsonFiles;
import org.tagbench.domain.ClipId;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.BuildInfo;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.ml.train.FoldAssignment;
import org.tagbench.ml.train.TrainingCopies;
import org.tagbench.ml.train.TrainingListener;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingResult;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.EpochRecord;
import org.tagbench.store.RunRecord;

/**
 * Cross-validated training on the workspace's labels as a recorded run: features from the cache, labels with human
 * decisions winning, folds saved with the run, per-epoch metrics and out-of-fold predictions stored, a model bundle
 * for inference, and predictions for every clip the run did not train on. A run that dies or is cancelled is marked
 * so; {@link #resume} continues it from its last checkpoints.
 */
public final class TrainingService {
    private static final Gson GSON = JsonFiles.builder().setPrettyPrinting().create();
    private static final String REQUEST_FILE = "request.json";
    private static final String FOLDS_FILE = "folds.json";
    /** The partial and skipped clips of the run, all of them (also in the run's params_json). */
    public static final String CLIP_ISSUES_FILE = "clip-issues.json";
    private static final int PREDICTION_CHUNK = 16;

    private final Workspace workspace;
    private final FeatureService features;

    public TrainingService(Workspace workspace) {
        this.workspace = workspace;
        this.features = new FeatureService(workspace);
    }

    /** The preset a request names (the CPU default when none), with its overrides applied. */
    public static TrainingPlan plan(TrainRequest request) {
        TrainingPlan plan = Presets.find(TagbenchHome.models(), request.preset() == null ? Presets.CPU_DEFAULT : request.preset());
        if (request.folds() > 0) {
            plan = plan.withFolds(request.folds());
        }
        if (request.epochs() > 0) {
            plan = plan.withEpochs(request.epochs());
        }
        if (request.trainingCrop() != null) {
            plan = plan.withTrainingCrop(request.trainingCrop());
        }
        if (request.inference() != null) {
            plan = plan.withInference(request.inference());
        }
        if (request.augmentedCopies() != null) {
            plan = plan.withAugmentedCopies(plan.augmentedCopies().withCount(request.augmentedCopies()));
        }
        return request.seed() == null ? plan : plan.withSeed(request.seed());
    }

    public TrainOutcome train(TrainRequest request, JobContext context, Consumer<EpochReport> epochs) throws IOException, InterruptedException {
        TrainingPlan plan = plan(request);
        List<String> classes = requireClasses();
        ClipIssues.Collector issues = new ClipIssues.Collector();
        List<Example> examples = examples(plan, request, context, issues);
        AugmentedCopyService.Copies copies = copies(plan, request, examples, context);
        WorkspaceFolds workspaceFolds = workspaceFolds(plan, examples);
        FoldAssignment folds = workspaceFolds.assignment(examples.stream().map(e -> e.clip().fname()).toList());
        List<Path> warmStart = warmStart(request.initRun(), workspaceFolds);
        String device = Tagging.resolveDevice(request.device(), request.threads());
        long runId = workspace.store().startRun("train", plan.name(), paramsJson(plan, request, issues.issues()), device,
                BuildInfo.current().commit());
        Path runFolder = runFolder(runId);
        Files.createDirectories(runFolder);
        Files.writeString(runFolder.resolve(REQUEST_FILE), GSON.toJson(request));
        Files.writeString(runFolder.resolve(FOLDS_FILE), GSON.toJson(foldsByFname(examples, folds)));
        Files.writeString(runFolder.resolve(CLIP_ISSUES_FILE), GSON.toJson(issues.issues()));
        return runTraining(runId, plan, request, classes, examples, copies, folds, warmStart, workspaceFolds, context,
                epochs, issues.issues());
    }

    /** Continues a run that was cut off, from the last checkpoint of each unfinished fold. */
    public TrainOutcome resume(long runId, JobContext context, Consumer<EpochReport> epochs) throws IOException, InterruptedException {
        RunRecord run = workspace.store().run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (RunRecord.FINISHED.equals(run.status())) {
            throw new IllegalStateException("run " + runId + " already finished");
        }
        Path runFolder = runFolder(runId);
        TrainRequest request = GSON.fromJson(Files.readString(runFolder.resolve(REQUEST_FILE)), TrainRequest.class);
        Map<ClipId, Integer> savedFolds = savedFolds(runFolder);
        TrainingPlan plan = plan(request);
        ClipIssues.Collector issues = new ClipIssues.Collector();
        List<Example> all = examples(plan, request, context, issues);
        Map<ClipId, Example> byName = new LinkedHashMap<>();
        all.forEach(example -> byName.put(example.training().fname(), example));
        List<Example> examples = new ArrayList<>();
        int[] foldOf = new int[savedFolds.size()];
        for (var entry : savedFolds.entrySet()) {
            Example example = byName.get(entry.getKey());
            if (example == null) {
                throw new IllegalStateException("run " + runId + " trained on " + entry.getKey()
                        + ", which no longer has usable labels or features: start a new run");
            }
            foldOf[examples.size()] = entry.getValue();
            examples.add(example);
        }
        FoldAssignment folds = new FoldAssignment(plan.folds(), plan.seed(), foldOf);
        AugmentedCopyService.Copies copies = copies(plan, request, examples, context);
        WorkspaceFolds workspaceFolds = WorkspaceFolds.of(workspace, plan.folds(), plan.seed());
        boolean onWorkspaceFolds = savedFolds.entrySet().stream()
                .allMatch(entry -> workspaceFolds.foldOf(entry.getKey()) == entry.getValue());
        workspace.store().reopenRun(runId);
        return runTraining(runId, plan, request, requireClasses(), examples, copies, folds,
                request.initRun() == null ? List.of() : Tagging.foldModels(initBundle(request.initRun())),
                onWorkspaceFolds ? workspaceFolds : null, context, epochs, issues.issues());
    }

    public Path runFolder(long runId) {
        return workspace.dir().resolve("runs").resolve(Long.toString(runId));
    }

    private TrainOutcome runTraining(long runId, TrainingPlan plan, TrainRequest request, List<String> classes,
                                     List<Example> examples, AugmentedCopyService.Copies made, FoldAssignment folds,
                                     List<Path> warmStart, WorkspaceFolds workspaceFolds, JobContext context,
                                     Consumer<EpochReport> epochs, ClipIssues issues)
            throws IOException {
        long started = System.nanoTime();
        try {
            List<TrainingExample> training = examples.stream().map(Example::training).toList();
            Tagging.TrainingJob job = new Tagging.TrainingJob(plan, classes, request.device(), request.threads(), training,
                    TrainingCopies.of(training, made.byClip()), folds, runFolder(runId), warmStart);
            TrainingResult result = Tagging.train(job, listener(runId, context, epochs), context.cancellation()::isCancelled);
            if (result.cancelled()) {
                workspace.store().endRunUnfinished(runId, RunRecord.CANCELLED,
                        "cancelled after " + result.folds().size() + " of " + folds.folds() + " folds; 'tagbench train --resume "
                                + runId + "' continues it");
                throw new JobCancelledException();
            }
            Path bundle = runFolder(runId).resolve("bundle");
            ModelBundle.save(bundle, plan, classes, result);
            storeOutOfFold(runId, examples, result);
            ClipIssues.Collector unseenIssues = new ClipIssues.Collector();
            predictUnseen(runId, plan, request, bundle, examples, workspaceFolds, context, unseenIssues);
            ClipIssues all = issues.plusSkipped(unseenIssues.issues().skipped());
            Files.writeString(runFolder(runId).resolve(CLIP_ISSUES_FILE), GSON.toJson(all));
            // the figure every view shows for a run: curated clips only, each predicted by a model of its workspace
            // fold, which (with every run it was warm-started from) never trained on it
            double oof = new RunsService(workspace).scores(runId).overall();
            workspace.store().finishRun(runId, oof, bundle.toString());
            return new TrainOutcome(runId, oof, bundle, examples.size(), (System.nanoTime() - started) / 1e9,
                    made.report(), all);
        } catch (JobCancelledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            workspace.store().endRunUnfinished(runId, RunRecord.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /**
     * The plan's augmented copies of the clips trained as curated (the curated split, and noisy clips whose labels a
     * reviewer settled), from the feature cache or made now; none when the plan asks for none.
     */
    private AugmentedCopyService.Copies copies(TrainingPlan plan, TrainRequest request, List<Example> examples,
                                               JobContext context) throws InterruptedException {
        if (!plan.augmentedCopies().enabled()) {
            return new AugmentedCopyService.Copies(Map.of(), CopyReport.NONE);
        }
        List<ClipRecord> curated = examples.stream().filter(e -> e.training().source() == LabelSource.CURATED)
                .map(Example::clip).toList();
        FeatureRecipe recipe = FeatureRecipe.of(plan);
        JobContext copyContext = new JobContext((f, m) -> context.progress().progress(0.1 * f, "augmented copies " + m),
                context.cancellation());
        return new AugmentedCopyService(workspace).copiesOf(curated, plan.augmentedCopies(), recipe,
                threads(request), copyContext);
    }

    private static int threads(TrainRequest request) {
        return request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
    }

    private TrainingListener listener(long runId, JobContext context, Consumer<EpochReport> epochs) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochReport report) {
                workspace.store().recordEpoch(new EpochRecord(runId, report.fold(), report.epoch(), report.trainLoss(),
                        report.validationLwlrap()));
                epochs.accept(report);
            }

            @Override
            public void onProgress(double fraction, String message) {
                context.progress().progress(0.1 + 0.75 * fraction, message);
            }
        };
    }

    /**
     * The fold models a run warm-starts from: fold k from the init run's fold-k model, which is honest only when the
     * init run, and every run it was warm-started from in turn, validated each clip in the same fold as this run.
     */
    private List<Path> warmStart(Long initRun, WorkspaceFolds folds) throws IOException {
        if (initRun == null) {
            return List.of();
        }
        Path bundle = initBundle(initRun);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Long current = initRun; current != null && seen.add(current); ) {
            TrainRequest request = GSON.fromJson(Files.readString(runFolder(current).resolve(REQUEST_FILE)), TrainRequest.class);
            Map<ClipId, Integer> saved = savedFolds(runFolder(current));
            int foldCount = plan(request).folds();
            boolean same = foldCount == folds.folds()
                    && saved.entrySet().stream().allMatch(entry -> folds.foldOf(entry.getKey()) == entry.getValue());
            if (!same) {
                throw new IllegalArgumentException("--init: run " + current + (current.equals(initRun) ? "" : ", which run "
                        + initRun + " was warm-started from,") + " did not use this workspace's " + folds.folds()
                        + " folds (seed " + folds.seed() + "), so its fold-k model trained on clips this run's fold k"
                        + " validates on; warm-start from a run trained with --folds " + folds.folds() + " --seed "
                        + folds.seed() + " since the workspace folds existed (docs/decisions/0013)");
            }
            current = request.initRun();
        }
        return Tagging.foldModels(bundle);
    }

    private Path initBundle(long initRun) {
        RunRecord init = workspace.store().run(initRun)
                .orElseThrow(() -> new IllegalArgumentException("--init: no run " + initRun));
        if (!RunRecord.FINISHED.equals(init.status()) || init.modelDir() == null) {
            throw new IllegalArgumentException("--init: run " + initRun + " has no finished models (" + init.status() + ")");
        }
        return Path.of(init.modelDir());
    }

    /** The workspace folds of the plan's fold count and seed, with every labelled clip and every example in them. */
    private WorkspaceFolds workspaceFolds(TrainingPlan plan, List<Example> examples) {
        WorkspaceFolds folds = WorkspaceFolds.of(workspace, plan.folds(), plan.seed());
        List<TrainingLabels.LabelledClip> labelled = new ArrayList<>(TrainingLabels.of(workspace.store(),
                java.util.Set.of(LabelSource.CURATED, LabelSource.NOISY, LabelSource.PSEUDO)));
        java.util.Set<ClipId> known = new java.util.HashSet<>();
        labelled.forEach(clip -> known.add(clip.clip().fname()));
        List<String> classes = requireClasses();
        for (Example example : examples) {
            if (known.add(example.clip().fname())) {
                List<String> labels = new ArrayList<>();
                float[] target = example.training().target();
                for (int c = 0; c < target.length; c++) {
                    if (target[c] > 0) {
                        labels.add(classes.get(c));
                    }
                }
                labelled.add(new TrainingLabels.LabelledClip(example.clip(), labels, example.training().source()));
            }
        }
        folds.assign(labelled, classes);
        return folds;
    }

    /** A training example with the clip it came from. */
    record Example(ClipRecord clip, TrainingExample training) {}

    /** The labelled clips that train; partial ones as the request says, unreadable ones skipped, all of them noted. */
    private List<Example> examples(TrainingPlan plan, TrainRequest request, JobContext context,
                                   ClipIssues.Collector issues) throws IOException, InterruptedException {
        List<String> classes = requireClasses();
        MelConfig mel = MelConfig.preset(plan.melPreset());
        if (mel.nMels() != plan.melBins()) {
            throw new IllegalArgumentException(plan.name() + ": melBins " + plan.melBins() + " but preset " + mel.name()
                    + " has " + mel.nMels() + " mel bands");
        }
        FeatureRecipe recipe = FeatureRecipe.of(plan);
        features.computeAll(recipe, threads(request), new JobContext((f, m) -> context.progress().progress(0.1 * f, "features " + m),
                context.cancellation()));
        MelSpectrogram extractor = new MelSpectrogram(mel);
        List<Example> examples = new ArrayList<>();
        for (TrainingLabels.LabelledClip labelled : TrainingLabels.of(workspace.store(), request.labelSources())) {
            ClipRecord clip = labelled.clip();
            if (clip.isPartial() && request.partial() == PartialPolicy.SKIP) {
                issues.skipped(clip.fname(), "only part of its audio decodes (" + clip.decodeNote() + "); --partial skip");
                continue;
            }
            float[] target = TrainingLabels.targets(labelled.labels(), classes);
            try {
                float[][] logMel = features.load(clip, recipe, extractor);
                examples.add(new Example(clip, new TrainingExample(clip.fname(), logMel, target, labelled.kind(), 1f)
                        .withGlobalInput(globalInput(clip, recipe))));
                if (clip.isPartial()) {
                    issues.partial(clip);
                }
            } catch (IOException e) {
                issues.skipped(clip.fname(), e.getMessage());
            }
        }
        addExtraClips(examples, request, classes, recipe, extractor);
        if (examples.size() < plan.folds() * 2) {
            throw new IllegalStateException(examples.size() + " labelled clips of " + request.sources()
                    + " are too few for " + plan.folds() + " folds");
        }
        return examples;
    }

    /** Clips a pipeline chose, with the labels it chose for them; they replace the same clip from the sources. */
    private void addExtraClips(List<Example> examples, TrainRequest request, List<String> classes, FeatureRecipe recipe,
                               MelSpectrogram extractor) throws IOException {
        if (request.extraClips().isEmpty()) {
            return;
        }
        Map<ClipId, List<String>> extra = request.extraClipIds();
        examples.removeIf(example -> extra.containsKey(example.clip().fname()));
        for (var entry : new java.util.TreeMap<>(extra).entrySet()) {
            ClipRecord clip = workspace.store().clip(entry.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("no clip named " + entry.getKey()));
            float[] target = TrainingLabels.targets(entry.getValue(), classes);
            examples.add(new Example(clip, new TrainingExample(clip.fname(), features.load(clip, recipe, extractor), target,
                    LabelSource.PSEUDO, 1f).withGlobalInput(globalInput(clip, recipe))));
        }
    }

    /** The clip's global-feature input when the plan's network takes one, else null. */
    private float[] globalInput(ClipRecord clip, FeatureRecipe recipe) throws IOException {
        return recipe.input().globalFeatures() ? features.globalInput(clip, recipe) : null;
    }

    private void storeOutOfFold(long runId, List<Example> examples, TrainingResult result) {
        Map<ClipId, float[]> oof = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            oof.put(examples.get(i).clip().fname(), result.outOfFold()[i]);
        }
        workspace.store().savePredictions(runId, oof, true);
    }

    /**
     * Every clip the run never trained on gets scores: a labelled clip those of the model of its workspace fold (the
     * one model whose lineage never trained on it, warm starts included), any other clip (test, unlabelled) the fold
     * ensemble's.
     */
    private void predictUnseen(long runId, TrainingPlan plan, TrainRequest request, Path bundle, List<Example> examples,
                               WorkspaceFolds workspaceFolds, JobContext context, ClipIssues.Collector issues)
            throws IOException {
        var trained = examples.stream().map(e -> e.clip().fname()).collect(java.util.stream.Collectors.toSet());
        List<ClipRecord> unseen = workspace.store().clips(null).stream().filter(c -> !trained.contains(c.fname())).toList();
        Map<Integer, List<ClipRecord>> byFold = new java.util.TreeMap<>();
        for (ClipRecord clip : unseen) {
            int fold = workspaceFolds == null ? -1 : workspaceFolds.foldOf(clip.fname());
            byFold.computeIfAbsent(fold, f -> new ArrayList<>()).add(clip);
        }
        int done = 0;
        for (var entry : byFold.entrySet()) {
            try (ClipTagger tagger = entry.getKey() < 0 ? Tagging.open(bundle, request.device(), request.threads())
                    : Tagging.openFold(bundle, entry.getKey(), request.device(), request.threads())) {
                predictWith(runId, plan, tagger, entry.getValue(), done, unseen.size(), context, issues);
            }
            done += entry.getValue().size();
        }
    }

    private void predictWith(long runId, TrainingPlan plan, ClipTagger tagger, List<ClipRecord> clips, int done, int total,
                             JobContext context, ClipIssues.Collector issues) {
        FeatureRecipe recipe = FeatureRecipe.of(plan);
        MelSpectrogram extractor = new MelSpectrogram(recipe.mel());
        for (int start = 0; start < clips.size(); start += PREDICTION_CHUNK) {
            context.step(0.85 + 0.15 * (done + start) / Math.max(1, total), "predicting unseen clips");
            List<ClipRecord> chunk = clips.subList(start, Math.min(clips.size(), start + PREDICTION_CHUNK));
            workspace.store().savePredictions(runId, predictChunk(tagger, chunk, recipe, extractor, issues), true);
        }
    }

    private Map<ClipId, float[]> predictChunk(ClipTagger tagger, List<ClipRecord> chunk, FeatureRecipe recipe,
                                              MelSpectrogram extractor, ClipIssues.Collector issues) {
        List<ClipId> names = new ArrayList<>();
        List<float[][]> inputs = new ArrayList<>();
        List<float[]> globals = recipe.input().globalFeatures() ? new ArrayList<>() : null;
        for (ClipRecord clip : chunk) {
            try {
                float[][] input = features.load(clip, recipe, extractor);
                if (globals != null) {
                    globals.add(features.globalInput(clip, recipe));
                }
                inputs.add(input);
                names.add(clip.fname());
            } catch (IOException e) {
                issues.skipped(clip.fname(), "no prediction: " + e.getMessage());
            }
        }
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        if (!inputs.isEmpty()) {
            float[][] predicted = tagger.predictAll(inputs, globals, scored -> { });
            for (int i = 0; i < names.size(); i++) {
                scores.put(names.get(i), predicted[i]);
            }
        }
        return scores;
    }

    private List<String> requireClasses() {
        List<String> classes = workspace.store().classes();
        if (classes.isEmpty()) {
            throw new IllegalStateException("the workspace has no classes: import a labelled dataset first");
        }
        return classes;
    }

    /** The folds file of a run folder: each training clip's fold, by fname (JSON, written by {@link #foldsByFname}). */
    private static Map<ClipId, Integer> savedFolds(Path runFolder) throws IOException {
        Map<String, Integer> byName = GSON.fromJson(Files.readString(runFolder.resolve(FOLDS_FILE)),
                new TypeToken<LinkedHashMap<String, Integer>>() { }.getType());
        Map<ClipId, Integer> byClip = new LinkedHashMap<>();
        byName.forEach((fname, fold) -> byClip.put(ClipId.of(fname), fold));
        return byClip;
    }

    private static Map<String, Integer> foldsByFname(List<Example> examples, FoldAssignment folds) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byName.put(examples.get(i).clip().fname().fname(), folds.foldOfExample()[i]);
        }
        return byName;
    }

    private static String paramsJson(TrainingPlan plan, TrainRequest request, ClipIssues issues) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("plan", GSON.fromJson(Presets.toJson(plan), Object.class));
        params.put("request", request);
        params.put(RunsService.WORKSPACE_FOLDS_PARAM, Map.of("folds", plan.folds(), "seed", plan.seed()));
        params.put("clipIssues", issues);
        return GSON.toJson(params);
    }
}
