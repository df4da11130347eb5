package org.tagbench.ml.train;

import java.nio.file.Path;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.ml.data.Batch;
import org.tagbench.ml.data.BatchPipeline;
import org.tagbench.ml.data.BatchStream;
import org.tagbench.ml.data.Seeds;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.data.WindowScoring;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.ml.models.GlobalFeatureInput;

/** Trains one fold: epochs, validation lwlrap, best and last checkpoints, early stopping, cancel. */
final class FoldTrainer {
    private static final float SGD_MOMENTUM = 0.9f;

    private final TrainingSetup setup;
    private final RunFolder folder;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    private final ProgressCounter progress;

    FoldTrainer(TrainingSetup setup, RunFolder folder, TrainingListener listener, BooleanSupplier cancelled,
            ProgressCounter progress) {
        this.setup = setup;
        this.folder = folder;
        this.listener = listener;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    /** The fold's outcome and out-of-fold predictions, or null when cancelled (the last epoch checkpoint stays). */
    FoldRun train(List<TrainingExample> examples, FoldSplit split) {
        FoldState state = folder.readState(split.fold(), split.validation().length);
        if (state.finished()) {
            progress.skipFold();
            return finishedRun(state);
        }
        List<TrainingExample> training = select(examples, split.training());
        List<TrainingExample> validation = select(examples, split.validation());
        long foldSeed = Seeds.mix(setup.seed(), split.fold());
        try (BatchPipeline trainPipeline = new BatchPipeline(training, setup.pipeline(), setup.augmentation(), foldSeed);
                BatchPipeline validationPipeline = new BatchPipeline(validation, setup.pipeline(), setup.augmentation(), foldSeed);
                Model model = Model.newInstance("fold-" + split.fold(), setup.device(), TorchRuntime.ENGINE_NAME)) {
            TorchRuntime.engine().setRandomSeed(Math.floorMod(foldSeed, Integer.MAX_VALUE));
            model.setBlock(setup.network().get());
            Path warmStart = setup.warmStart().apply(split.fold());
            if (state.lastEpoch() >= 0 && folder.hasLast(split.fold())) {
                folder.loadLast(split.fold(), model);
            } else if (warmStart != null) {
                RunFolder.loadModel(model, warmStart);
            }
            LearningRateSchedule schedule = Schedules.create(setup.schedule(), setup.learningRate(), setup.epochs());
            schedule.restore(state.scheduleState());
            ScheduledRate rate = new ScheduledRate(setup.learningRate());
            try (Trainer trainer = model.newTrainer(config(rate))) {
                TrainingExample first = examples.get(0);
                trainer.initialize(GlobalFeatureInput.shapes(new Shape(setup.pipeline().batchSize(), 1, first.mels(),
                        setup.pipeline().cropFrames()), first.globalInput() != null));
                return runEpochs(new Context(split, model, trainer, trainPipeline, validationPipeline, schedule, rate), state);
            }
        }
    }

    private FoldRun runEpochs(Context fold, FoldState state) {
        List<EpochReport> history = new ArrayList<>(state.history());
        FoldState current = state;
        int steps = fold.trainPipeline.trainingBatchesPerEpoch();
        progress.startFold(current.lastEpoch() + 1, steps);
        for (int epoch = current.lastEpoch() + 1; epoch < setup.epochs(); epoch++) {
            long start = System.nanoTime();
            double loss = trainEpoch(fold, epoch, steps);
            if (Double.isNaN(loss)) {
                return null;
            }
            double trainingSeconds = (System.nanoTime() - start) / 1e9;
            float[][] predictions = predict(fold.trainer, fold.validationPipeline);
            double score = lwlrap(fold.validationPipeline, predictions);
            float lastRate = fold.rate.get();
            fold.schedule.endOfEpoch(epoch, score);
            boolean improved = score > current.bestLwlrap();
            if (improved) {
                folder.saveBest(fold.split.fold(), fold.model);
                folder.writePredictions(fold.split.fold(), new RunFolder.FoldPredictions(fold.split.validation(), predictions));
            }
            int flat = improved ? 0 : current.flatEpochs() + 1;
            boolean stop = setup.earlyStoppingPatience() > 0 && flat >= setup.earlyStoppingPatience();
            EpochReport report = new EpochReport(fold.split.fold(), epoch, loss, score, lastRate, improved,
                    (System.nanoTime() - start) / 1e9, steps * (double) setup.pipeline().batchSize() / trainingSeconds);
            history.add(report);
            current = new FoldState(fold.split.fold(), current.examples(), epoch,
                    improved ? epoch : current.bestEpoch(), Math.max(score, current.bestLwlrap()), flat,
                    fold.schedule.state(), stop || epoch == setup.epochs() - 1, stop, List.copyOf(history));
            folder.saveLast(fold.split.fold(), fold.model);
            folder.writeState(current);
            listener.onEpoch(report);
            if (stop) {
                progress.skipRestOfFold();
                break;
            }
        }
        return finishedRun(current);
    }

    /** Mean training loss of the epoch, or NaN when cancelled between two batches. */
    private double trainEpoch(Context fold, int epoch, int steps) {
        double lossSum = 0;
        int samples = 0;
        int step = 0;
        try (BatchStream stream = fold.trainPipeline.trainingEpoch(epoch)) {
            while (stream.hasNext()) {
                if (cancelled.getAsBoolean()) {
                    return Double.NaN;
                }
                Batch batch = stream.next();
                fold.rate.set(fold.schedule.rate(epoch, step++, steps));
                lossSum += trainStep(fold.trainer, batch) * batch.size();
                samples += batch.size();
                listener.onProgress(progress.advance(), "fold " + fold.split.fold() + ", epoch " + (epoch + 1) + "/"
                        + setup.epochs() + ", batch " + step + "/" + steps);
            }
        }
        return lossSum / Math.max(1, samples);
    }

    /** One optimizer step; every array of the step lives in a sub-manager closed right after it. */
    static float trainStep(Trainer trainer, Batch batch) {
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDList inputs = GlobalFeatureInput.inputs(step.create(batch.features(), inputShape(batch)), batch.globalInputs());
            NDList labels = new NDList(step.create(batch.targets(), new Shape(batch.size(), batch.classes())),
                    step.create(batch.weights()), step.create(batch.noisy()));
            float value;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDList outputs = trainer.forward(inputs, labels);
                NDArray loss = trainer.getLoss().evaluate(labels, outputs);
                value = loss.getFloat();
                collector.backward(loss);
            }
            trainer.step();
            return value;
        }
    }

    /**
     * Sigmoid probabilities of the first output for every example of the pipeline, in order: each whole clip scored
     * through the windows of the plan's own inference mode ({@link WindowScoring}, the path inference takes), so the
     * out-of-fold predictions and the best-epoch lwlrap judge what a prediction of the clip would.
     */
    static float[][] predict(Trainer trainer, BatchPipeline pipeline) {
        List<float[][]> clips = new ArrayList<>(pipeline.size());
        List<float[]> globals = pipeline.example(0).globalInput() == null ? null : new ArrayList<>(pipeline.size());
        for (int i = 0; i < pipeline.size(); i++) {
            clips.add(pipeline.example(i).features());
            if (globals != null) {
                globals.add(pipeline.example(i).globalInput());
            }
        }
        WindowScoring.Model model = (windows, globalInputs) -> probabilities(trainer, windows, globalInputs);
        return pipeline.settings().validation().score(clips, globals, List.of(model)).get(0);
    }

    private static float[][] probabilities(Trainer trainer, List<float[][]> windows, List<float[]> globalInputs) {
        Shape shape = new Shape(windows.size(), 1, windows.get(0).length, windows.get(0)[0].length);
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDList inputs = GlobalFeatureInput.inputs(step.create(WindowScoring.flatten(windows), shape),
                    WindowScoring.flattenRows(globalInputs));
            NDArray logits = trainer.evaluate(inputs).get(0);
            return WindowScoring.rows(Activation.sigmoid(logits).toFloatArray(), windows.size());
        }
    }

    static Shape inputShape(Batch batch) {
        return new Shape(batch.size(), 1, batch.mels(), batch.frames());
    }

    private static double lwlrap(BatchPipeline validation, float[][] predictions) {
        boolean[][] truth = new boolean[predictions.length][];
        double[][] scores = new double[predictions.length][];
        for (int i = 0; i < predictions.length; i++) {
            truth[i] = validation.example(i).positives();
            scores[i] = TrainingResult.toDouble(predictions[i]);
        }
        return Lwlrap.compute(truth, scores).overall();
    }

    private DefaultTrainingConfig config(ScheduledRate rate) {
        Optimizer optimizer = switch (setup.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(rate).optWeightDecays(setup.weightDecay()).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(rate).optMomentum(SGD_MOMENTUM)
                    .optWeightDecays(setup.weightDecay()).build();
        };
        return new DefaultTrainingConfig(setup.loss()).optOptimizer(optimizer).optDevices(new ai.djl.Device[] {setup.device()});
    }

    private FoldRun finishedRun(FoldState state) {
        RunFolder.FoldPredictions predictions = folder.readPredictions(state.fold());
        FoldOutcome outcome = new FoldOutcome(state.fold(), state.bestEpoch(), state.bestLwlrap(), state.lastEpoch() + 1,
                state.stoppedEarly(), folder.bestModel(state.fold()));
        return new FoldRun(outcome, predictions, state.history());
    }

    private static List<TrainingExample> select(List<TrainingExample> examples, int[] indices) {
        List<TrainingExample> selected = new ArrayList<>(indices.length);
        for (int index : indices) {
            selected.add(examples.get(index));
        }
        return selected;
    }

    record FoldRun(FoldOutcome outcome, RunFolder.FoldPredictions predictions, List<EpochReport> history) {}

    private record Context(FoldSplit split, Model model, Trainer trainer, BatchPipeline trainPipeline,
            BatchPipeline validationPipeline, LearningRateSchedule schedule, ScheduledRate rate) {}
}
