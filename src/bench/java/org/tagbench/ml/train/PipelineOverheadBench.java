package org.tagbench.ml.train;

import org.tagbench.domain.ClipId;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.data.Batch;
import org.tagbench.ml.data.BatchPipeline;
import org.tagbench.ml.data.BatchStream;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.ml.zoo.PlanResolver;
import org.tagbench.ml.zoo.Presets;

/**
 * Not a unit test: run by hand. Samples/s of the full training loop (pipeline with the preset's
 * augmentations on a worker thread, then the step) against the bare step on a ready batch, in
 * alternating rounds after a warm-up, so load from other processes hits both alike.
 * Arguments: preset (default cpu-default), rounds (default 3).
 */
public final class PipelineOverheadBench {
    private PipelineOverheadBench() {}

    public static void main(String[] args) {
        TrainingPlan plan = Presets.find(Path.of("models"), args.length > 0 ? args[0] : Presets.CPU_DEFAULT);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        TrainingSetup setup = PlanResolver.standard().setup(plan, 80, Device.cpu());
        List<TrainingExample> examples = corpus(plan.melBins(), new Random(1));
        DefaultTrainingConfig config = new DefaultTrainingConfig(setup.loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(plan.learningRate())).build());
        try (Model model = Model.newInstance("bench", Device.cpu(), TorchRuntime.ENGINE_NAME);
                BatchPipeline pipeline = new BatchPipeline(examples, setup.pipeline(), setup.augmentation(), 1)) {
            model.setBlock(setup.network().get());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(plan.batchSize(), 1, plan.melBins(), plan.inputFrames()));
                Batch ready;
                try (BatchStream stream = pipeline.trainingEpoch(0)) {
                    ready = stream.next();
                }
                fullLoop(trainer, pipeline, 0);
                double bareTotal = 0;
                double fullTotal = 0;
                for (int round = 1; round <= rounds; round++) {
                    double full = fullLoop(trainer, pipeline, round);
                    double bare = bareSteps(trainer, ready, pipeline.trainingBatchesPerEpoch());
                    System.out.printf("round %d: bare step %.1f samples/s, full loop %.1f samples/s (%.2fx)%n", round,
                            bare, full, full / bare);
                    bareTotal += bare;
                    fullTotal += full;
                }
                System.out.printf("mean: bare %.1f, full %.1f samples/s, ratio %.2f; trainer waited %.2f s for data in all%n",
                        bareTotal / rounds, fullTotal / rounds, fullTotal / bareTotal, pipeline.waitedNanos() / 1e9);
            }
        }
    }

    private static double fullLoop(Trainer trainer, BatchPipeline pipeline, int epoch) {
        int samples = 0;
        long start = System.nanoTime();
        try (BatchStream stream = pipeline.trainingEpoch(epoch)) {
            while (stream.hasNext()) {
                Batch batch = stream.next();
                FoldTrainer.trainStep(trainer, batch);
                samples += batch.size();
            }
        }
        return samples / ((System.nanoTime() - start) / 1e9);
    }

    private static double bareSteps(Trainer trainer, Batch batch, int steps) {
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            FoldTrainer.trainStep(trainer, batch);
        }
        return steps * (double) batch.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static List<TrainingExample> corpus(int mels, Random random) {
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < 68; i++) {
            int frames = 32 + random.nextInt(288);
            float[][] features = new float[mels][frames];
            for (float[] row : features) {
                for (int t = 0; t < frames; t++) {
                    row[t] = (float) (random.nextGaussian() * 10 - 40);
                }
            }
            float[] target = new float[80];
            target[random.nextInt(80)] = 1;
            examples.add(new TrainingExample(ClipId.of("clip" + i), features, target,
                    i % 2 == 0 ? LabelSource.CURATED : LabelSource.NOISY, 1f));
        }
        return examples;
    }
}
