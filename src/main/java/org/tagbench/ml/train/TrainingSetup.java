package org.tagbench.ml.train;

import java.nio.file.Path;
import java.util.function.IntFunction;
import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import java.util.Objects;
import java.util.function.Supplier;
import org.tagbench.ml.data.PipelineSettings;
import org.tagbench.ml.data.SampleTransform;

/**
 * Everything a cross-validated training needs, resolved to objects (a preset file resolves to this
 * through {@code org.tagbench.ml.zoo.Presets}).
 *
 * @param network a fresh, uninitialised network per fold; its input is {@code [batch, 1, mels, frames]}
 * @param loss gets labels {@code [targets, sampleWeights, noisy]} and the network's outputs
 * @param earlyStoppingPatience epochs without a better validation lwlrap before a fold stops (0: never)
 * @param warmStart for each fold, a saved model folder whose weights the fold starts from (a warm start from an
 *                  earlier run, as in the 8th place's warm-up pipeline), or null to start from random weights
 */
public record TrainingSetup(Supplier<Block> network, Loss loss, OptimizerKind optimizer, float learningRate,
        float weightDecay, ScheduleSpec schedule, int epochs, int earlyStoppingPatience, PipelineSettings pipeline,
        SampleTransform augmentation, long seed, Device device, IntFunction<Path> warmStart) {

    /** A setup whose folds start from random weights. */
    public TrainingSetup(Supplier<Block> network, Loss loss, OptimizerKind optimizer, float learningRate,
            float weightDecay, ScheduleSpec schedule, int epochs, int earlyStoppingPatience, PipelineSettings pipeline,
            SampleTransform augmentation, long seed, Device device) {
        this(network, loss, optimizer, learningRate, weightDecay, schedule, epochs, earlyStoppingPatience, pipeline,
                augmentation, seed, device, fold -> null);
    }

    public TrainingSetup {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(warmStart, "warmStart");
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
        }
    }

    public TrainingSetup withEpochs(int newEpochs) {
        return new TrainingSetup(network, loss, optimizer, learningRate, weightDecay, schedule, newEpochs,
                earlyStoppingPatience, pipeline, augmentation, seed, device, warmStart);
    }

    public TrainingSetup withWarmStart(IntFunction<Path> foldModels) {
        return new TrainingSetup(network, loss, optimizer, learningRate, weightDecay, schedule, epochs,
                earlyStoppingPatience, pipeline, augmentation, seed, device, foldModels);
    }
}
