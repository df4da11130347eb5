package org.tagbench.app.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.ml.zoo.Recipe;

/**
 * A retrain as the window asks for it: a plain cross-validated training ({@link #TRAIN}) on curated and noisy labels,
 * or one of the noisy-label pipelines ({@link PipelineRequest#KINDS}) with their default settings; the preset, and
 * folds and epochs overriding the preset's (0 keeps the preset's). A recipe preset trains each of its members through the
 * pipeline the recipe names for it, whatever the pipeline choice. The device is the best one found.
 */
public record RetrainRequest(String pipeline, String preset, int folds, int epochs) {
    public static final String TRAIN = "train";

    public RetrainRequest {
        if (!pipelines().contains(pipeline)) {
            throw new IllegalArgumentException("unknown pipeline '" + pipeline + "': use one of " + pipelines());
        }
        if (folds < 0 || folds == 1 || epochs < 0) {
            throw new IllegalArgumentException("folds must be 0 (the preset's) or at least 2, epochs at least 0");
        }
    }

    /** Every choice: plain training first, then the pipelines. */
    public static List<String> pipelines() {
        List<String> all = new ArrayList<>(List.of(TRAIN));
        all.addAll(PipelineRequest.KINDS);
        return all;
    }

    public boolean isPlainTraining() {
        return TRAIN.equals(pipeline);
    }

    public TrainRequest trainRequest() {
        return new TrainRequest(preset, folds, epochs, TrainRequest.names(LabelSource.CURATED, LabelSource.NOISY), null, "auto",
                null, 0, Map.of());
    }

    /** The pipeline with the seed solutions' own defaults (warm-up cap 5 per fold and label; pseudo 5 % .. 25 %). */
    public PipelineRequest pipelineRequest() {
        return new PipelineRequest(pipeline, trainRequest(), PipelineRequest.DEFAULT_PER_LABEL_CAP, null, null);
    }

    /** A recipe's members go through the pipelines the recipe names; the pipeline choice does not apply to it. */
    public boolean isRecipe() {
        return RecipeService.isRecipe(preset);
    }

    /** The same retrain with folds and epochs left at 0 taken from the preset (a recipe's: its first member's). */
    public RetrainRequest resolved() {
        TrainingPlan plan = TrainingService.plan(isRecipe() ? memberRequest(recipe().members().get(0)) : trainRequest());
        return new RetrainRequest(pipeline, preset, plan.folds(), plan.epochs());
    }

    /** Epochs the whole retrain trains, over every member, stage and fold: what an estimate of the time left counts against. */
    public int totalEpochs() {
        if (isRecipe()) {
            int total = 0;
            for (Recipe.Member member : recipe().members()) {
                TrainingPlan plan = TrainingService.plan(memberRequest(member));
                int stages = member.pipeline() == null ? 1
                        : new PipelineRequest(member.pipeline(), trainRequest(), PipelineRequest.DEFAULT_PER_LABEL_CAP,
                                member.pseudoFractions(), member.relabelTarget()).stageCount();
                total += stages * plan.folds() * plan.epochs();
            }
            return total;
        }
        RetrainRequest filled = resolved();
        int stages = isPlainTraining() ? 1 : pipelineRequest().stageCount();
        return stages * filled.folds() * filled.epochs();
    }

    private TrainRequest memberRequest(Recipe.Member member) {
        return trainRequest().forMember(member.preset(), member.inference(), member.trainingCrop(), member.augmentedCopies());
    }

    private Recipe recipe() {
        return Presets.findRecipe(TagbenchHome.models(), preset);
    }
}
