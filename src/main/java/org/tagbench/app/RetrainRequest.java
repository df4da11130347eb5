package org.tagbench.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tagbench.ml.train.TrainingPlan;

/**
 * A retrain as the window asks for it: a plain cross-validated training ({@link #TRAIN}) on curated and noisy labels,
 * or one of the noisy-label pipelines ({@link PipelineRequest#KINDS}) with their default settings; the preset, and
 * folds and epochs overriding the preset's (0 keeps the preset's). The device is the best one found.
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
        return new TrainRequest(preset, folds, epochs, Set.of(TrainingLabels.CURATED, TrainingLabels.NOISY), null, "auto",
                null, 0, Map.of());
    }

    /** The pipeline with the seed solutions' own defaults (warm-up cap 5 per fold and label; pseudo 5 % .. 25 %). */
    public PipelineRequest pipelineRequest() {
        return new PipelineRequest(pipeline, trainRequest(), PipelineRequest.DEFAULT_PER_LABEL_CAP, null, null);
    }

    /** The same retrain with folds and epochs left at 0 taken from the preset. */
    public RetrainRequest resolved() {
        TrainingPlan plan = TrainingService.plan(trainRequest());
        return new RetrainRequest(pipeline, preset, plan.folds(), plan.epochs());
    }

    /** Epochs the whole retrain trains, over every stage and fold: what an estimate of the time left counts against. */
    public int totalEpochs() {
        RetrainRequest filled = resolved();
        int stages = isPlainTraining() ? 1 : pipelineRequest().stageCount();
        return stages * filled.folds() * filled.epochs();
    }
}
