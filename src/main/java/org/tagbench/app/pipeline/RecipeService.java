package org.tagbench.app.pipeline;

import org.tagbench.app.platform.JsonFiles;
import org.tagbench.domain.ClipId;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.BuildInfo;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.StateFiles;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.ml.zoo.Recipe;
import org.tagbench.store.RunRecord;

/**
 * Trains a {@link Recipe}: every member in turn (a plain training, or the member's noisy-label pipeline through
 * {@link PipelineService}), then one ensemble run that names the member runs and stores their out-of-sample
 * predictions combined as the recipe says; its figure is {@link RunsService}'s, as every run's. A state file beside the
 * workspace records the finished members and where the current one started, so {@link #resume} continues after an
 * interruption with the unfinished member (itself resumed from its last checkpoint or stage), never retraining one.
 */
public final class RecipeService {
    /** The kind of a recipe's ensemble run. */
    public static final String KIND = "recipe";
    private static final Gson GSON = JsonFiles.builder().setPrettyPrinting().create();
    private static final String COMBINE = "combine";

    private final Workspace workspace;

    public RecipeService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a recipe has done so far: the finished members, and the run ids before the current member started. */
    static final class State {
        TrainRequest request;
        List<RecipeOutcome.Member> finished = new ArrayList<>();
        String current;
        long startedAfter;

        State(TrainRequest request) {
            this.request = request;
        }
    }

    public static boolean isRecipe(String preset) {
        return preset != null && Presets.isRecipe(TagbenchHome.models(), preset);
    }

    /** Trains the recipe the request names ({@code request.preset()}); folds, epochs and seed apply to every member. */
    public RecipeOutcome train(TrainRequest request, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        if (request.initRun() != null) {
            throw new IllegalArgumentException("a recipe's members start from scratch or from their pipeline's stages; "
                    + "--init applies to single presets only");
        }
        Recipe recipe = Presets.findRecipe(TagbenchHome.models(), request.preset());
        String device = Tagging.resolveDevice(request.device(), request.threads());
        long runId = workspace.store().startRun(KIND, recipe.name(), paramsJson(recipe, request), device,
                BuildInfo.current().commit());
        State state = new State(request);
        save(runId, state);
        return execute(runId, recipe, state, context, epochs);
    }

    /** Whether the run is a recipe's ensemble run of this workspace (it has a state file). */
    public boolean isRecipeRun(long runId) {
        return Files.isRegularFile(stateFile(runId));
    }

    public RecipeOutcome resume(long runId, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        if (!isRecipeRun(runId)) {
            throw new IllegalArgumentException("run " + runId + " is not a recipe of this workspace");
        }
        RunRecord run = workspace.store().run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (RunRecord.FINISHED.equals(run.status())) {
            throw new IllegalStateException("run " + runId + " already finished");
        }
        State state = GSON.fromJson(Files.readString(stateFile(runId)), State.class);
        Recipe recipe = Presets.findRecipe(TagbenchHome.models(), state.request.preset());
        workspace.store().reopenRun(runId);
        return execute(runId, recipe, state, context, epochs);
    }

    /** How an ensemble run combines its members: its recipe's way, the mean for a pipeline's run. */
    public static Combine combineOf(RunRecord run) {
        try {
            JsonElement params = run.paramsJson() == null ? null : JsonParser.parseString(run.paramsJson());
            if (params != null && params.isJsonObject() && params.getAsJsonObject().has(COMBINE)) {
                return Combine.parse(params.getAsJsonObject().get(COMBINE).getAsString());
            }
        } catch (RuntimeException e) {
            // parameters of an older run that are not JSON: it averaged its members
        }
        return Combine.MEAN;
    }

    private RecipeOutcome execute(long runId, Recipe recipe, State state, JobContext context,
                                  Consumer<EpochReport> epochs) throws Exception {
        long started = System.nanoTime();
        try {
            List<Recipe.Member> members = recipe.members();
            for (int i = 0; i < members.size(); i++) {
                Recipe.Member member = members.get(i);
                if (finished(state, member).isEmpty()) {
                    JobContext memberContext = memberContext(context, i, members.size(), member.label());
                    RecipeOutcome.Member done = trainMember(runId, state, member, memberContext, epochs);
                    state.finished.add(done);
                    state.current = null;
                    save(runId, state);
                }
            }
            List<RecipeOutcome.Member> done = members.stream().map(m -> finished(state, m).orElseThrow()).toList();
            double oof = finishEnsemble(runId, recipe, done.stream().map(RecipeOutcome.Member::runId).toList());
            return new RecipeOutcome(runId, oof, done, (System.nanoTime() - started) / 1e9);
        } catch (JobCancelledException e) {
            workspace.store().endRunUnfinished(runId, RunRecord.CANCELLED, "cancelled after " + state.finished.size()
                    + " of " + recipe.members().size() + " members; 'tagbench train --resume " + runId + "' continues it");
            throw e;
        } catch (Exception e) {
            workspace.store().endRunUnfinished(runId, RunRecord.FAILED, String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static Optional<RecipeOutcome.Member> finished(State state, Recipe.Member member) {
        return state.finished.stream().filter(done -> done.name().equals(member.label())).findFirst();
    }

    private static JobContext memberContext(JobContext context, int index, int count, String label) {
        return new JobContext((fraction, message) -> context.progress().progress((index + fraction) / count,
                "member " + (index + 1) + "/" + count + " " + label + ": " + message), context.cancellation());
    }

    /** The member trained, or the run an interrupted attempt left resumed; a run that finished is taken as it is. */
    private RecipeOutcome.Member trainMember(long runId, State state, Recipe.Member member, JobContext context,
                                             Consumer<EpochReport> epochs) throws Exception {
        Optional<RunRecord> earlier = member.label().equals(state.current) ? firstRunAfter(state.startedAfter)
                : Optional.empty();
        if (earlier.isPresent() && RunRecord.FINISHED.equals(earlier.get().status())) {
            RunRecord run = earlier.get();
            return new RecipeOutcome.Member(member.label(), run.id(), run.oofLwlrap() == null ? Double.NaN : run.oofLwlrap());
        }
        if (earlier.isEmpty()) {
            state.current = member.label();
            state.startedAfter = newestRunId();
            save(runId, state);
        }
        TrainRequest request = state.request.forMember(member.preset(), member.inference(), member.trainingCrop(),
                member.augmentedCopies());
        if (member.pipeline() == null) {
            TrainingService training = new TrainingService(workspace);
            TrainOutcome outcome = earlier.isPresent() ? training.resume(earlier.get().id(), context, epochs)
                    : training.train(request, context, epochs);
            return new RecipeOutcome.Member(member.label(), outcome.runId(), outcome.oofLwlrap());
        }
        PipelineService pipelines = new PipelineService(workspace);
        PipelineOutcome outcome = earlier.isPresent() ? pipelines.resume(earlier.get().id(), context, epochs)
                : pipelines.run(pipelineRequest(member, request), context, epochs);
        return new RecipeOutcome.Member(member.label(), outcome.runId(), outcome.oofLwlrap());
    }

    private static PipelineRequest pipelineRequest(Recipe.Member member, TrainRequest request) {
        int cap = member.perLabelCap() == null ? PipelineRequest.DEFAULT_PER_LABEL_CAP : member.perLabelCap();
        return new PipelineRequest(member.pipeline(), request, cap, member.pseudoFractions(), member.relabelTarget());
    }

    private Optional<RunRecord> firstRunAfter(long runId) {
        return workspace.store().runs().stream().filter(run -> run.id() > runId).findFirst();
    }

    private long newestRunId() {
        return workspace.store().runs().stream().mapToLong(RunRecord::id).max().orElse(0);
    }

    /** The ensemble run names its members and holds their combined out-of-sample predictions, scored as every run. */
    private double finishEnsemble(long runId, Recipe recipe, List<Long> members) {
        workspace.store().setRunMembers(runId, members);
        Map<ClipId, float[]> combined = EnsembleCombination.ofStored(workspace.store(), members,
                Combine.parse(recipe.combine()));
        workspace.store().savePredictions(runId, combined, true);
        double oof = new RunsService(workspace).scores(runId).overall();
        workspace.store().finishRun(runId, oof, null);
        return oof;
    }

    private static String paramsJson(Recipe recipe, TrainRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("recipe", recipe);
        params.put(COMBINE, recipe.combine());
        params.put("request", request);
        return GSON.toJson(params);
    }

    private Path stateFile(long runId) {
        return workspace.dir().resolve("recipes").resolve(runId + ".json");
    }

    private void save(long runId, State state) throws IOException {
        StateFiles.writeAtomically(stateFile(runId), GSON.toJson(state));
    }
}
