package org.tagbench.ml.zoo;

import org.tagbench.domain.ClipId;
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.data.Batch;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.InferenceSettings;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.ml.train.CrossValidationTrainer;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.ml.train.FoldAssignment;
import org.tagbench.ml.train.MultilabelStratifiedKFold;
import org.tagbench.ml.train.TrainingListener;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingResult;
import org.tagbench.ml.train.TrainingSetup;

/**
 * Not a unit test: run by hand to measure a preset on this machine. Random log-mels shaped like the
 * demo corpus (68 clips, about 3 minutes at the preset's hop), 80 classes.
 * Arguments: preset name (default cpu-default), folds (default 5), epochs (default 2).
 */
public final class ThroughputBench {
    private static final int CLASSES = 80;
    private static final int CLIPS = 68;
    private static final int FRAMES_PER_SECOND = 64;

    private ThroughputBench() {}

    public static void main(String[] args) throws Exception {
        TrainingPlan plan = Presets.find(Path.of("models"), args.length > 0 ? args[0] : Presets.CPU_DEFAULT);
        int folds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        plan = plan.withFolds(folds).withEpochs(epochs);
        System.out.printf("preset %s, PyTorch threads %d%n", plan.name(), TorchRuntime.threads());
        List<TrainingExample> examples = corpus(plan.melBins(), new Random(1));
        TrainingSetup setup = PlanResolver.standard().setup(plan, CLASSES, Device.cpu());
        System.out.printf("bare step: %.1f samples/s%n", bareStepSamplesPerSecond(setup, plan));

        Path run = Files.createTempDirectory("bench-run");
        long start = System.nanoTime();
        FoldAssignment assignment = MultilabelStratifiedKFold.assign(truth(examples), folds, plan.seed());
        TrainingResult result = new CrossValidationTrainer(setup).run(examples, assignment, run, new TrainingListener() {
            @Override
            public void onEpoch(EpochReport report) {
                System.out.printf("fold %d epoch %d: %.1f s, full loop %.1f samples/s%n", report.fold(), report.epoch(),
                        report.seconds(), report.samplesPerSecond());
            }
        }, () -> false);
        System.out.printf("training %d folds x %d epochs: %.1f s%n", folds, epochs, (System.nanoTime() - start) / 1e9);

        Path bundle = run.resolve("bundle");
        ModelBundle.save(bundle, plan, classNames(), result);
        List<float[][]> clips = examples.stream().map(TrainingExample::features).toList();
        float[][] tenSeconds = logMel(plan.melBins(), 10 * FRAMES_PER_SECOND, new Random(2));
        InferenceSettings planned = InferenceSettings.of(plan);
        Path oneFold = run.resolve("one-fold");
        ModelBundle.save(oneFold, plan, classNames(), List.of(result.folds().get(0).bestModel()));
        for (Path folder : List.of(bundle, oneFold)) {
            for (InferenceSettings settings : List.of(planned, planned.withMode(InferenceSettings.Mode.TILES, 128, 0),
                    planned.withMode(InferenceSettings.Mode.FULL, 64, 0))) {
                try (ClipTagger tagger = ModelBundle.open(folder, Device.cpu(), NetworkCatalog.standard(), settings)) {
                    measure(tagger, clips, tenSeconds);
                }
            }
        }
    }

    private static void measure(ClipTagger tagger, List<float[][]> clips, float[][] tenSeconds) {
        tagger.predictAll(clips.subList(0, 4));
        long inferStart = System.nanoTime();
        tagger.predictAll(clips);
        double seconds = (System.nanoTime() - inferStart) / 1e9;
        double[] latencies = new double[11];
        for (int i = 0; i < latencies.length; i++) {
            long t = System.nanoTime();
            tagger.predict(tenSeconds);
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(latencies);
        System.out.printf("%d folds, %s step %d: %.1f clips/s over the corpus; 10-s clip median %.0f ms (min %.0f, max %.0f)%n",
                tagger.foldCount(), tagger.settings().mode(), tagger.settings().step(), clips.size() / seconds,
                latencies[5], latencies[0], latencies[10]);
    }

    private static double bareStepSamplesPerSecond(TrainingSetup setup, TrainingPlan plan) {
        Shape shape = new Shape(plan.batchSize(), 1, plan.melBins(), plan.inputFrames());
        DefaultTrainingConfig config = new DefaultTrainingConfig(setup.loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(plan.learningRate())).build());
        Random random = new Random(3);
        float[] features = new float[(int) shape.size()];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextGaussian();
        }
        float[] targets = new float[plan.batchSize() * CLASSES];
        for (int i = 0; i < plan.batchSize(); i++) {
            targets[i * CLASSES + i % CLASSES] = 1;
        }
        int[] indices = new int[plan.batchSize()];
        float[] ones = new float[plan.batchSize()];
        java.util.Arrays.fill(ones, 1f);
        Batch batch = new Batch(indices, features, targets, ones, new float[plan.batchSize()], plan.melBins(),
                plan.inputFrames(), CLASSES);
        try (Model model = Model.newInstance("bare", Device.cpu(), TorchRuntime.ENGINE_NAME)) {
            model.setBlock(setup.network().get());
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(shape);
                for (int i = 0; i < 3; i++) {
                    BareStep.run(trainer, batch);
                }
                int steps = Math.max(4, 68 / plan.batchSize() * 2);
                long start = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    BareStep.run(trainer, batch);
                }
                return steps * (double) plan.batchSize() / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** 68 clips of 0.5 to 5 s, about 3 minutes in all. */
    static List<TrainingExample> corpus(int mels, Random random) {
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < CLIPS; i++) {
            int frames = FRAMES_PER_SECOND / 2 + random.nextInt(FRAMES_PER_SECOND * 9 / 2);
            float[] target = new float[CLASSES];
            target[random.nextInt(CLASSES)] = 1;
            LabelSource source = i < 34 ? LabelSource.CURATED : LabelSource.NOISY;
            examples.add(new TrainingExample(ClipId.of("clip" + i), logMel(mels, frames, random), target, source, 1f));
        }
        return examples;
    }

    static float[][] logMel(int mels, int frames, Random random) {
        float[][] features = new float[mels][frames];
        for (float[] row : features) {
            for (int t = 0; t < frames; t++) {
                row[t] = (float) (random.nextGaussian() * 10 - 40);
            }
        }
        return features;
    }

    private static boolean[][] truth(List<TrainingExample> examples) {
        return examples.stream().map(TrainingExample::positives).toArray(boolean[][]::new);
    }

    private static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            names.add("class-" + c);
        }
        return names;
    }
}
