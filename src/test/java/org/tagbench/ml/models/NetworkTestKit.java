package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.tagbench.ml.engine.TorchRuntime;

/** Shared checks for the model zoo: output shape, parameter count, and that training moves the loss. */
final class NetworkTestKit {
    private NetworkTestKit() {}

    /** Runs one inference forward pass on seeded random input and returns the shapes that come out. */
    static Shape[] forwardShapes(Block block, Shape... inputShapes) {
        try (NDManager manager = TorchRuntime.engine().newBaseManager(Device.cpu())) {
            block.initialize(manager, DataType.FLOAT32, inputShapes);
            NDList output = block.forward(new ParameterStore(manager, false), randomInputs(manager, inputShapes, 7), false);
            return output.getShapes();
        }
    }

    static void assertLogits(Block block, int classes, Shape... inputShapes) {
        Shape expected = new Shape(inputShapes[0].get(0), classes);
        Shape[] shapes = forwardShapes(block, inputShapes);
        assertEquals(expected, shapes[0], "logits shape");
        assertEquals(expected, block.getOutputShapes(inputShapes)[0], "inferred logits shape");
    }

    static void assertLogits(Block block, Shape inputShape, int classes) {
        assertLogits(block, classes, inputShape);
    }

    static void assertWithinTwoPercent(double published, long counted) {
        double relative = Math.abs(counted - published) / published;
        assertTrue(relative <= 0.02,
                "counted " + counted + " trainable parameters, published ~" + (long) published
                        + " (off by " + String.format("%.2f", 100 * relative) + " %)");
    }

    /**
     * Trains on one fixed batch with Adam and returns the loss of each step (measured in the
     * forward pass of that step), so a caller can check that it goes down. The engine is re-seeded
     * before every step so that dropout draws the same masks each time: the steps then descend one
     * fixed objective instead of a different random one per step.
     */
    static float[] trainOnFixedBatch(Block block, Loss loss, int classes, int steps, Shape... inputShapes) {
        DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
                .optDevices(new Device[] {Device.cpu()});
        float[] losses = new float[steps];
        try (Model model = Model.newInstance("fixed-batch", Device.cpu(), TorchRuntime.ENGINE_NAME)) {
            model.setBlock(block);
            try (Trainer trainer = model.newTrainer(config)) {
                TorchRuntime.engine().setRandomSeed(11);
                trainer.initialize(inputShapes);
                long batchSize = inputShapes[0].get(0);
                float[] targets = multiHotTargets(batchSize, classes);
                for (int step = 0; step < steps; step++) {
                    TorchRuntime.engine().setRandomSeed(11);
                    try (NDManager batch = trainer.getManager().newSubManager()) {
                        NDList x = randomInputs(batch, inputShapes, 3);
                        NDArray y = batch.create(targets, new Shape(batchSize, classes));
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDList predictions = trainer.forward(x);
                            NDArray value = loss.evaluate(new NDList(y), predictions);
                            losses[step] = value.getFloat();
                            collector.backward(value);
                        }
                        trainer.step();
                    }
                }
            }
        }
        return losses;
    }

    /** Five Adam steps must bring the loss below 90 % of where it started. */
    static void assertTrainingLowersLoss(Block block, Shape inputShape, int classes) {
        assertTrainingLowersLoss(block, classes, inputShape);
    }

    static void assertTrainingLowersLoss(Block block, int classes, Shape... inputShapes) {
        assertTrainingLowersLoss(block, Loss.sigmoidBinaryCrossEntropyLoss(), classes, inputShapes);
    }

    static void assertTrainingLowersLoss(Block block, Loss loss, int classes, Shape... inputShapes) {
        float[] losses = trainOnFixedBatch(block, loss, classes, 5, inputShapes);
        assertTrue(losses[losses.length - 1] < 0.9f * losses[0], "losses per step " + Arrays.toString(losses));
    }

    /** Seeded uniform values in [-1, 1) for each input; the same seed gives the same batch. */
    private static NDList randomInputs(NDManager manager, Shape[] shapes, long seed) {
        NDList inputs = new NDList(shapes.length);
        for (int i = 0; i < shapes.length; i++) {
            inputs.add(manager.create(randomValues(shapes[i], seed + i), shapes[i]));
        }
        return inputs;
    }

    private static float[] randomValues(Shape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    /** Sample i is tagged with class i mod classes and, every other sample, with the next one too. */
    private static float[] multiHotTargets(long batch, int classes) {
        float[] targets = new float[Math.toIntExact(batch * classes)];
        for (int sample = 0; sample < batch; sample++) {
            targets[sample * classes + sample % classes] = 1f;
            if (sample % 2 == 1) {
                targets[sample * classes + (sample + 1) % classes] = 1f;
            }
        }
        return targets;
    }
}
