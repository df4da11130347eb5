package org.tagbench.app.pipeline;

import java.util.function.Consumer;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ml.train.EpochReport;

/**
 * Runs a {@link RetrainRequest}: a plain training, a noisy-label pipeline, or a recipe (whose members go through their
 * own pipelines), with the same epoch reports.
 */
public final class RetrainService {
    private final Workspace workspace;

    public RetrainService(Workspace workspace) {
        this.workspace = workspace;
    }

    public RetrainOutcome run(RetrainRequest request, JobContext context, Consumer<EpochReport> epochs) throws Exception {
        if (request.isRecipe()) {
            RecipeOutcome recipe = new RecipeService(workspace).train(request.trainRequest(), context, epochs);
            return new RetrainOutcome(recipe.runId(), recipe.oofLwlrap());
        }
        if (request.isPlainTraining()) {
            TrainOutcome trained = new TrainingService(workspace).train(request.trainRequest(), context, epochs);
            return new RetrainOutcome(trained.runId(), trained.oofLwlrap());
        }
        PipelineOutcome pipeline = new PipelineService(workspace).run(request.pipelineRequest(), context, epochs);
        return new RetrainOutcome(pipeline.runId(), pipeline.oofLwlrap());
    }
}
