package org.tagbench.ml.zoo;

import ai.djl.Device;
import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import org.tagbench.ml.data.PipelineSettings;
import org.tagbench.ml.data.WindowScoring;
import org.tagbench.ml.models.NetworkSpec;
import org.tagbench.ml.train.DeepSupervisionLoss;
import org.tagbench.ml.train.OptimizerKind;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingSetup;

/** Turns a preset into live objects: the network, the loss, the augmentation chain and the pipeline. */
public final class PlanResolver {
    /** Batches waiting ahead of the trainer: enough to hide a slow batch, small enough for memory. */
    static final int PREFETCH_BATCHES = 3;

    private final NetworkCatalog networks;

    public PlanResolver(NetworkCatalog networks) {
        this.networks = networks;
    }

    public static PlanResolver standard() {
        return new PlanResolver(NetworkCatalog.standard());
    }

    /**
     * What the network is fed: one channel of the plan's input matrix ({@code [rows][inputFrames]}: mel bins, MFCC
     * coefficients or one waveform row); networks that want more channels make them (Inception-v3 3-ch its deltas).
     */
    public NetworkSpec networkSpec(TrainingPlan plan, int classes) {
        return new NetworkSpec(1, plan.input().rows(plan.melBins()), plan.inputFrames(), classes, plan.width());
    }

    /** The shapes of one batch of the plan's inputs: the features and, for a global-feature network, its two more. */
    public ai.djl.ndarray.types.Shape[] inputShapes(TrainingPlan plan, int classes, int batch) {
        return org.tagbench.ml.models.GlobalFeatureInput.shapes(networkSpec(plan, classes).inputShape(batch),
                plan.input().globalFeatures());
    }

    /** A network with a second input needs the plan to feed it, and the other way round. */
    private void requireMatchingInputs(TrainingPlan plan) {
        boolean wants = networks.takesGlobalFeatures(plan.network());
        if (wants != plan.input().globalFeatures()) {
            throw new IllegalArgumentException(plan.name() + ": network " + plan.network()
                    + (wants ? " takes the global-feature input: set input.globalFeatures to true"
                             : " takes no global-feature input: set input.globalFeatures to false"));
        }
    }

    /** A fresh network of the plan. */
    public Block network(TrainingPlan plan, int classes) {
        return networks.build(plan.network(), networkSpec(plan, classes));
    }

    /** The plan's loss, summed over the heads with their weights when the network has auxiliary heads. */
    public Loss loss(TrainingPlan plan) {
        Loss perHead = LossCatalog.build(plan.loss());
        float[] headWeights = networks.headWeights(plan.network());
        return headWeights.length == 1 ? perHead : new DeepSupervisionLoss(perHead, headWeights);
    }

    public TrainingSetup setup(TrainingPlan plan, int classes, Device device) {
        networks.requireKnown(plan.network());
        requireMatchingInputs(plan);
        float padValue = plan.input().padValue();
        PipelineSettings pipeline = new PipelineSettings(plan.batchSize(), plan.inputFrames(),
                Math.max(1, plan.workers()), PREFETCH_BATCHES, plan.standardizeClips(), plan.trainingCropSampler(),
                new WindowScoring(plan.testWindows(), plan.standardizeClips(),
                        Math.max(WindowScoring.DEFAULT_MAX_BATCH_FRAMES, plan.inputFrames()), padValue), padValue);
        return new TrainingSetup(() -> network(plan, classes), loss(plan),
                OptimizerKind.parse(plan.optimizer()), plan.learningRate(), plan.weightDecay(), plan.schedule(),
                plan.epochs(), plan.earlyStoppingPatience(), pipeline, AugmentationCatalog.chain(plan.augmentations()),
                plan.seed(), device);
    }
}
