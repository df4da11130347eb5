package org.tagbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.data.Batch;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.testsupport.Slow;

/** Hundreds of training steps must not grow resident memory: each step's arrays die with its sub-manager. */
@Slow
class NativeMemoryTest {
    private static final int BATCH = 4;
    private static final int SIDE = 64;
    private static final long ALLOWED_GROWTH_KB = 96 * 1024;

    @Test
    void residentMemoryStaysFlatOverManySteps() throws IOException {
        // 16 maps of 64x64 per sample make each step's activations and gradients ~5 MB: a leak of one
        // step's arrays would add over 1 GB across the measured steps
        SequentialBlock network = new SequentialBlock()
                .add(Conv2d.builder().setFilters(16).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(new LambdaBlock(list -> new ai.djl.ndarray.NDList(Pool.globalMaxPool2d(list.singletonOrThrow()))))
                .add(Linear.builder().setUnits(TrainTestKit.CLASSES).build());
        DefaultTrainingConfig config = new DefaultTrainingConfig(TrainTestKit.weightedBce())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                .optDevices(new Device[] {Device.cpu()});
        Batch batch = randomBatch();
        try (Model model = Model.newInstance("memory", Device.cpu(), TorchRuntime.ENGINE_NAME)) {
            model.setBlock(network);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(BATCH, 1, SIDE, SIDE));
                runSteps(trainer, batch, 60);
                long before = residentKb();
                runSteps(trainer, batch, 300);
                long after = residentKb();
                assertTrue(after - before < ALLOWED_GROWTH_KB,
                        "resident memory grew from " + before / 1024 + " MB to " + after / 1024 + " MB over 300 steps");
            }
        }
    }

    private static void runSteps(Trainer trainer, Batch batch, int steps) {
        for (int i = 0; i < steps; i++) {
            FoldTrainer.trainStep(trainer, batch);
        }
    }

    private static Batch randomBatch() {
        Random random = new Random(1);
        float[] features = new float[BATCH * SIDE * SIDE];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextGaussian();
        }
        float[] targets = new float[BATCH * TrainTestKit.CLASSES];
        for (int i = 0; i < BATCH; i++) {
            targets[i * TrainTestKit.CLASSES + i % TrainTestKit.CLASSES] = 1f;
        }
        return new Batch(new int[] {0, 1, 2, 3}, features, targets, new float[] {1, 1, 1, 1}, new float[BATCH],
                SIDE, SIDE, TrainTestKit.CLASSES);
    }

    /** VmRSS of this process from /proc/self/status, in kB. */
    static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status");
    }
}
