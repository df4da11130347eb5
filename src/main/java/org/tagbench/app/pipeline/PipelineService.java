package org.tagbench.app.pipeline;

import org.tagbench.app.platform.JsonFiles;
import org.tagbench.domain.ClipId;
import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.BuildInfo;
import org.tagbench.app.runs.OutOfSampleScores;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.training.WorkspaceFolds;
import org.tagbench.app.workspace.StateFiles;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.store.RunRecord;

/**
 * The noisy-label pipelines of the top FAT2019 solutions, each stage a recorded training run:
 * <ul>
 * <li>{@code pretrain}: noisy only, then curated warm-started from it (2nd / 7th place);</li>
 * <li>{@code warmup} (8th place): 1 noisy only; 2 curated warm-started from 1; 3 curated + noisy clips whose geometric
 * mean of per-clip LRAP under models 1 and 2 is at least 0.5 (at most N per workspace fold and label), warm-started
 * from 2;
 * 4 curated + noisy clips with per-clip LRAP 1 under model 3, warm-started from 3; the ensemble of stages 2-4;</li>
 * <li>{@code pseudo} (3rd place): curated, then rounds adding the growing top share of noisy clips ranked by the
 * per-clip LRAP of their labels under the latest model (by default 5 % more a round up to a quarter, as 1k..5k of
 * 19.8k), optionally a last round with the rest relabelled (clips left without a label dropped).</li>
 * </ul>
 * Every stage validates on the workspace folds (docs/decisions/0013), so a stage warm-started from another stage's
 * fold-k model validates fold k on clips no model of its lineage trained on, and every score a selection uses (noisy
 * clips included) comes from the model of the clip's fold.
 * Human decisions win in every stage (labels come through {@link TrainingLabels}). The pipeline's own run names the
 * final ensemble; its state file lets a killed pipeline resume after its last finished stage.
 */
public final class PipelineService {
    private static final Gson GSON = JsonFiles.builder().setPrettyPrinting().create();
    private static final double WARMUP_AGREEMENT = 0.5;

    private final Workspace workspace;
    private final TrainingService training;

    public PipelineService(Workspace workspace) {
        this.workspace = workspace;
        this.training = new TrainingService(workspace);
    }

    /** What a pipeline has finished so far, kept beside the workspace database. */
    record State(PipelineRequest request, List<PipelineOutcome.Stage> stages) {}

    public PipelineOutcome run(PipelineRequest request, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        String device = org.tagbench.ml.Tagging.resolveDevice(request.base().device(), request.base().threads());
        long runId = workspace.store().startRun("pipeline-" + request.pipeline(),
                TrainingService.plan(request.base()).name(), GSON.toJson(request), device, BuildInfo.current().commit());
        State state = new State(request, new ArrayList<>());
        save(runId, state);
        return execute(runId, state, context, epochs);
    }

    public PipelineOutcome resume(long runId, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        Path file = stateFile(runId);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("run " + runId + " is not a pipeline of this workspace");
        }
        State state = GSON.fromJson(Files.readString(file), State.class);
        workspace.store().reopenRun(runId);
        return execute(runId, new State(state.request(), new ArrayList<>(state.stages())), context, epochs);
    }

    private PipelineOutcome execute(long runId, State state, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        try {
            Stages stages = new Stages(runId, state, context, epochs);
            List<Long> members = switch (state.request().pipeline()) {
                case "pretrain" -> pretrain(stages);
                case "warmup" -> warmup(stages);
                default -> pseudo(stages);
            };
            double oof = finishEnsemble(runId, members);
            return new PipelineOutcome(runId, oof, members, List.copyOf(state.stages()));
        } catch (JobCancelledException e) {
            workspace.store().endRunUnfinished(runId, RunRecord.CANCELLED, "cancelled after " + state.stages().size()
                    + " stages; 'tagbench pipeline " + state.request().pipeline() + " --resume " + runId + "' continues it");
            throw e;
        } catch (Exception e) {
            workspace.store().endRunUnfinished(runId, RunRecord.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private List<Long> pretrain(Stages stages) throws Exception {
        long noisy = stages.train("1-noisy", LabelSource.NOISY, null, Map.of());
        return List.of(stages.train("2-curated", LabelSource.CURATED, noisy, Map.of()));
    }

    private List<Long> warmup(Stages stages) throws Exception {
        long first = stages.train("1-noisy", LabelSource.NOISY, null, Map.of());
        long second = stages.train("2-curated", LabelSource.CURATED, first, Map.of());
        var plan = TrainingService.plan(stages.state.request().base());
        WorkspaceFolds folds = WorkspaceFolds.of(workspace, plan.folds(), plan.seed());
        Map<ClipId, List<String>> agreeing = capPerFoldAndLabel(noisyScored(List.of(first, second)), WARMUP_AGREEMENT,
                stages.state.request().perLabelCap(), folds::foldOf);
        long third = stages.train("3-curated+agreeing", LabelSource.CURATED, second, agreeing);
        Map<ClipId, List<String>> perfect = capPerFoldAndLabel(noisyScored(List.of(third)), 1.0, Integer.MAX_VALUE,
                folds::foldOf);
        long fourth = stages.train("4-curated+perfect", LabelSource.CURATED, third, perfect);
        return List.of(second, third, fourth);
    }

    private List<Long> pseudo(Stages stages) throws Exception {
        long latest = stages.train("0-curated", LabelSource.CURATED, null, Map.of());
        List<ScoredClip> ranked = List.of();
        Map<ClipId, List<String>> added = Map.of();
        List<Double> fractions = stages.state.request().pseudoFractions();
        for (int round = 0; round < fractions.size(); round++) {
            ranked = noisyScored(List.of(latest));
            int take = (int) Math.round(fractions.get(round) * ranked.size());
            added = labelsOf(ranked.subList(0, Math.min(take, ranked.size())));
            latest = stages.train("round-" + (round + 1) + "-top" + take, LabelSource.CURATED, null, added);
        }
        Double target = stages.state.request().relabelTarget();
        if (target != null) {
            Map<ClipId, List<String>> relabelled = new LinkedHashMap<>(added);
            relabelled.putAll(PseudoLabels.relabel(workspace.store(), latest, excluding(ranked, added.keySet()), target));
            latest = stages.train("relabel-rest", LabelSource.CURATED, null, relabelled);
        }
        return List.of(latest);
    }

    /** A noisy clip, its active labels, and how well they agree with the given runs (geometric mean of clip LRAPs). */
    record ScoredClip(ClipId fname, List<String> labels, double agreement) {}

    /** Noisy clips best-agreeing first; ties keep name order. */
    List<ScoredClip> noisyScored(List<Long> runs) {
        List<String> classes = workspace.store().classes();
        List<Map<ClipId, float[]>> predictions = runs.stream().map(run -> workspace.store().predictions(run, true)).toList();
        List<ScoredClip> scored = new ArrayList<>();
        for (TrainingLabels.LabelledClip clip : TrainingLabels.of(workspace.store(), Set.of(LabelSource.NOISY))) {
            boolean[] given = clip.flags(classes);
            double logSum = 0;
            boolean complete = true;
            for (Map<ClipId, float[]> runPredictions : predictions) {
                float[] scores = runPredictions.get(clip.clip().fname());
                if (scores == null) {
                    complete = false;
                    break;
                }
                logSum += Math.log(Math.max(1e-12, Lwlrap.clipLrap(given, TrainingLabels.toDouble(scores))));
            }
            if (complete) {
                scored.add(new ScoredClip(clip.clip().fname(), clip.labels(), Math.exp(logSum / predictions.size())));
            }
        }
        scored.sort(Comparator.comparingDouble(ScoredClip::agreement).reversed().thenComparing(ScoredClip::fname));
        return scored;
    }

    /**
     * Clips at or above the threshold, at most {@code cap} per fold and label as the 8th place selected them (the
     * best-agreeing ones first; a clip's fold is its workspace fold, the fold that will validate it).
     */
    static Map<ClipId, List<String>> capPerFoldAndLabel(List<ScoredClip> ranked, double threshold, int cap,
                                                        java.util.function.ToIntFunction<ClipId> foldOf) {
        Map<String, Integer> perFoldAndLabel = new HashMap<>();
        Map<ClipId, List<String>> chosen = new LinkedHashMap<>();
        for (ScoredClip clip : ranked) {
            int fold = foldOf.applyAsInt(clip.fname());
            boolean room = clip.labels().stream().allMatch(label -> perFoldAndLabel.getOrDefault(fold + "/" + label, 0) < cap);
            if (clip.agreement() >= threshold - 1e-12 && room) {
                chosen.put(clip.fname(), clip.labels());
                clip.labels().forEach(label -> perFoldAndLabel.merge(fold + "/" + label, 1, Integer::sum));
            }
        }
        return chosen;
    }

    private static Map<ClipId, List<String>> labelsOf(List<ScoredClip> clips) {
        Map<ClipId, List<String>> labels = new LinkedHashMap<>();
        clips.forEach(clip -> labels.put(clip.fname(), clip.labels()));
        return labels;
    }

    private static List<ClipId> excluding(List<ScoredClip> ranked, Set<ClipId> taken) {
        return ranked.stream().map(ScoredClip::fname).filter(fname -> !taken.contains(fname)).toList();
    }

    /**
     * The pipeline's run becomes the mean ensemble of its members: their out-of-sample predictions averaged and stored
     * under the pipeline's id, scored by lwlrap on the curated clips every member predicted out of fold.
     */
    private double finishEnsemble(long runId, List<Long> members) {
        workspace.store().setRunMembers(runId, members);
        Map<ClipId, float[]> mean = OutOfSampleScores.ensemble(workspace.store(), members);
        workspace.store().savePredictions(runId, mean, true);
        double oof = new RunsService(workspace).scores(runId).overall();
        workspace.store().finishRun(runId, oof, null);
        return oof;
    }

    private Path stateFile(long runId) {
        return workspace.dir().resolve("pipelines").resolve(runId + ".json");
    }

    private void save(long runId, State state) throws IOException {
        StateFiles.writeAtomically(stateFile(runId), GSON.toJson(state));
    }

    /** Runs the stages of one pipeline, skipping those a previous attempt finished. */
    private final class Stages {
        private final long runId;
        private final State state;
        private final JobContext context;
        private final Consumer<EpochReport> epochs;

        Stages(long runId, State state, JobContext context, Consumer<EpochReport> epochs) {
            this.runId = runId;
            this.state = state;
            this.context = context;
            this.epochs = epochs;
        }

        long train(String name, LabelSource source, Long init, Map<ClipId, List<String>> extra) throws Exception {
            for (PipelineOutcome.Stage done : state.stages()) {
                if (done.name().equals(name)) {
                    return done.runId();
                }
            }
            int index = state.stages().size();
            JobContext stageContext = new JobContext((fraction, message) -> context.progress().progress(
                    Math.min(1, (index + fraction) / expectedStages()), name + ": " + message), context.cancellation());
            TrainRequest request = state.request().base().withStage(TrainRequest.names(source), init,
                    TrainRequest.extraClipsOf(extra));
            TrainOutcome outcome = training.train(request, stageContext, epochs);
            state.stages().add(new PipelineOutcome.Stage(name, outcome.runId(), outcome.oofLwlrap(), outcome.trainingClips(),
                    outcome.seconds(), outcome.clipIssues()));
            save(runId, state);
            return outcome.runId();
        }

        private int expectedStages() {
            return state.request().stageCount();
        }
    }
}
