package org.tagbench.ml.infer;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.List;
import java.util.Random;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.ml.train.TaggingLoss;

/**
 * The 1st place's second-level model (TECHNIQUES 4.1, {@code FCNet}): the models' probabilities
 * side by side ({@code models x classes}), an SE-style gate (dense, ReLU, dense, sigmoid) multiplied
 * into them, then dense - PReLU - dense - PReLU - dense to the classes, with dropout, trained with
 * BCE and Adam on out-of-fold predictions. Published: 1024 and 512 hidden units, rate 2.58e-5,
 * dropout 0.166, batch 128; smaller sets want fewer units and a higher rate.
 *
 * <p>DJL 0.36's PyTorch engine does not implement {@code prelu}, so the PReLUs are leaky ReLUs fixed
 * at PReLU's initial slope 0.25.
 */
public final class GatedMlpStacker implements EnsembleCombiner, AutoCloseable {
    private static final float PRELU_INITIAL_SLOPE = 0.25f;

    private final Model model;
    private final int models;
    private final int classes;

    public record Settings(int hidden1, int hidden2, float dropout, float learningRate, int batchSize, int epochs,
            long seed) {
        public static final Settings FIRST_PLACE = new Settings(1024, 512, 0.166f, 2.58e-5f, 128, 100, 42);
    }

    private GatedMlpStacker(Model model, int models, int classes) {
        this.model = model;
        this.models = models;
        this.classes = classes;
    }

    public static GatedMlpStacker fit(List<float[][]> outOfFold, boolean[][] truth, Settings settings, Device device) {
        int models = outOfFold.size();
        int classes = truth[0].length;
        float[] inputs = concatenate(outOfFold);
        float[] targets = new float[truth.length * classes];
        for (int n = 0; n < truth.length; n++) {
            for (int c = 0; c < classes; c++) {
                targets[n * classes + c] = truth[n][c] ? 1f : 0f;
            }
        }
        Model model = Model.newInstance("gated-mlp-stacker", device, TorchRuntime.ENGINE_NAME);
        try {
            TorchRuntime.engine().setRandomSeed((int) (settings.seed() & Integer.MAX_VALUE));
            model.setBlock(network(models * classes, classes, settings));
            train(model, inputs, targets, truth.length, models * classes, classes, settings);
            return new GatedMlpStacker(model, models, classes);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    @Override
    public float[][] combine(List<float[][]> memberPredictions) {
        if (memberPredictions.size() != models) {
            throw new IllegalArgumentException("fitted on " + models + " models, given " + memberPredictions.size());
        }
        int clips = memberPredictions.get(0).length;
        try (NDManager pass = model.getNDManager().newSubManager()) {
            NDArray x = pass.create(concatenate(memberPredictions), new Shape(clips, (long) models * classes));
            NDArray logits = model.getBlock().forward(new ParameterStore(pass, false), new NDList(x), false).get(0);
            float[] flat = Activation.sigmoid(logits).toFloatArray();
            float[][] out = new float[clips][];
            for (int n = 0; n < clips; n++) {
                out[n] = java.util.Arrays.copyOfRange(flat, n * classes, (n + 1) * classes);
            }
            return out;
        }
    }

    static Block network(int inputs, int classes, Settings settings) {
        SequentialBlock gate = new SequentialBlock()
                .add(Linear.builder().setUnits(settings.hidden2()).build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(inputs).build())
                .add(Activation.sigmoidBlock());
        ParallelBlock gated = new ParallelBlock(
                branches -> new NDList(branches.get(0).singletonOrThrow().mul(branches.get(1).singletonOrThrow())),
                List.of(new LambdaBlock(x -> x, "identity"), gate));
        return new SequentialBlock()
                .add(gated)
                .add(Dropout.builder().optRate(settings.dropout()).build())
                .add(Linear.builder().setUnits(settings.hidden1()).build())
                .add(prelu())
                .add(Dropout.builder().optRate(settings.dropout()).build())
                .add(Linear.builder().setUnits(settings.hidden2()).build())
                .add(prelu())
                .add(Linear.builder().setUnits(classes).build());
    }

    private static void train(Model model, float[] inputs, float[] targets, int rows, int width, int classes,
            Settings settings) {
        DefaultTrainingConfig config = new DefaultTrainingConfig(TaggingLoss.bce())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build())
                .optDevices(new Device[] {model.getNDManager().getDevice()});
        Random random = new Random(settings.seed());
        try (Trainer trainer = model.newTrainer(config)) {
            trainer.initialize(new Shape(settings.batchSize(), width));
            int[] order = new int[rows];
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                shuffle(order, random);
                for (int start = 0; start + 1 < rows; start += settings.batchSize()) {
                    int size = Math.min(settings.batchSize(), rows - start);
                    step(trainer, gather(inputs, order, start, size, width), gather(targets, order, start, size, classes),
                            size, width, classes);
                }
            }
        }
    }

    private static void step(Trainer trainer, float[] x, float[] y, int size, int width, int classes) {
        try (NDManager batch = trainer.getManager().newSubManager()) {
            NDList labels = new NDList(batch.create(y, new Shape(size, classes)));
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList outputs = trainer.forward(new NDList(batch.create(x, new Shape(size, width))), labels);
                collector.backward(trainer.getLoss().evaluate(labels, outputs));
            }
            trainer.step();
        }
    }

    private static float[] gather(float[] rows, int[] order, int start, int size, int width) {
        float[] out = new float[size * width];
        for (int i = 0; i < size; i++) {
            System.arraycopy(rows, order[start + i] * width, out, i * width, width);
        }
        return out;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Row n: model 0's classes, then model 1's, ... */
    static float[] concatenate(List<float[][]> predictions) {
        int clips = predictions.get(0).length;
        int classes = predictions.get(0)[0].length;
        int width = predictions.size() * classes;
        float[] out = new float[clips * width];
        for (int n = 0; n < clips; n++) {
            for (int m = 0; m < predictions.size(); m++) {
                System.arraycopy(predictions.get(m)[n], 0, out, n * width + m * classes, classes);
            }
        }
        return out;
    }

    private static Block prelu() {
        return Activation.leakyReluBlock(PRELU_INITIAL_SLOPE);
    }

    @Override
    public void close() {
        model.close();
    }
}
