package org.tagbench.ml.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tagbench.domain.LabelSource;
import org.tagbench.dsp.TimeCrop;

/**
 * Turns examples into ready float batches on background threads, a bounded number ahead of the
 * trainer, so the model step does not wait for cropping and augmentation.
 *
 * <p>Every draw is seeded from (run seed, epoch, position), so an epoch gives the same batches
 * whatever the number of workers, and a resumed run sees the batches it would have seen.
 */
public final class BatchPipeline implements AutoCloseable {
    /** BatchNorm cannot normalise a batch of one in training mode. */
    private static final int SMALLEST_TRAINING_BATCH = 2;

    private final List<TrainingExample> examples;
    private final PipelineSettings settings;
    private final SampleTransform augmentation;
    private final long seed;
    private final Map<LabelSource, int[]> indicesBySource;
    private final ExecutorService workers;
    private final AtomicLong waitedNanos = new AtomicLong();

    public BatchPipeline(List<TrainingExample> examples, PipelineSettings settings, SampleTransform augmentation,
            long seed) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to batch");
        }
        this.examples = List.copyOf(examples);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.augmentation = Objects.requireNonNull(augmentation, "augmentation");
        this.seed = seed;
        this.indicesBySource = indexBySource(this.examples);
        requireSameShape(this.examples);
        requireGlobalInputsOnAllOrNone(this.examples);
        this.workers = Executors.newFixedThreadPool(settings.workers(), daemonThreads());
    }

    public int size() {
        return examples.size();
    }

    public TrainingExample example(int index) {
        return examples.get(index);
    }

    /** Shuffled batches with random crops and the augmentation chain; a trailing batch of one is left out. */
    public BatchStream trainingEpoch(int epoch) {
        int[] order = shuffled(examples.size(), new Random(Seeds.mix(seed, epoch, -1)));
        List<int[]> batches = split(order, settings.batchSize(), SMALLEST_TRAINING_BATCH);
        return new BatchStream(batches, positions -> buildTrainingBatch(positions, epoch), workers,
                settings.prefetchBatches(), waitedNanos);
    }

    public int trainingBatchesPerEpoch() {
        return split(new int[examples.size()], settings.batchSize(), SMALLEST_TRAINING_BATCH).size();
    }

    /** Total time the consumer spent blocked waiting for a batch, over all streams so far. */
    public long waitedNanos() {
        return waitedNanos.get();
    }

    public PipelineSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The example's features as the network sees them, before cropping. */
    private float[][] input(TrainingExample example) {
        return settings.standardizeClips() ? ClipStandardizer.standardize(example.features()) : example.features();
    }

    /** A window drawn by the plan's sampler on the clip's log-mel as it is, cut from the clip the network sees. */
    private float[][] trainingCrop(TrainingExample example, Random random) {
        if (settings.padsWithValue()) {
            return paddedAtRandomOffset(input(example), random);
        }
        return settings.trainingCrop().cut(example.features(), input(example), settings.cropFrames(), random);
    }

    /**
     * The 2018 starter kernel's crop: a uniform window of a long clip; a short clip placed at a random offset in
     * {@code [0, frames - length)} (numpy's {@code randint}) with the rest set to the pad value.
     */
    private float[][] paddedAtRandomOffset(float[][] features, Random random) {
        int length = features[0].length;
        int frames = settings.cropFrames();
        int start = length >= frames ? TimeCrop.uniformStart(length, frames, random)
                : -random.nextInt(Math.max(1, frames - length));
        return TimeCrop.crop(features, start, frames, settings.padValue());
    }

    private Batch buildTrainingBatch(int[] indices, int epoch) {
        List<LabeledSample> samples = new ArrayList<>(indices.length);
        for (int index : indices) {
            Random random = new Random(Seeds.mix(seed, epoch, index));
            TrainingExample example = examples.get(index);
            LabeledSample cropped = new LabeledSample(trainingCrop(example, random), example.target());
            samples.add(augmentation.apply(cropped, new Context(random, example.source())));
        }
        return assemble(indices, samples);
    }

    /** The examples' second inputs side by side, or null when the examples have none. */
    private float[] globalInputs(int[] indices) {
        if (examples.get(indices[0]).globalInput() == null) {
            return null;
        }
        int size = examples.get(indices[0]).globalInput().length;
        float[] inputs = new float[indices.length * size];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(examples.get(indices[i]).globalInput(), 0, inputs, i * size, size);
        }
        return inputs;
    }

    private Batch assemble(int[] indices, List<LabeledSample> samples) {
        int mels = examples.get(0).mels();
        int frames = settings.cropFrames();
        int classes = examples.get(0).classes();
        float[] features = new float[indices.length * mels * frames];
        float[] targets = new float[indices.length * classes];
        float[] weights = new float[indices.length];
        float[] noisy = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            LabeledSample sample = samples.get(i);
            requireShape(sample, mels, frames, classes);
            for (int m = 0; m < mels; m++) {
                System.arraycopy(sample.features()[m], 0, features, (i * mels + m) * frames, frames);
            }
            System.arraycopy(sample.target(), 0, targets, i * classes, classes);
            TrainingExample example = examples.get(indices[i]);
            weights[i] = example.weight();
            noisy[i] = example.isNoisy() ? 1f : 0f;
        }
        return new Batch(indices.clone(), features, targets, weights, noisy, mels, frames, classes, globalInputs(indices));
    }

    private static void requireShape(LabeledSample sample, int mels, int frames, int classes) {
        if (sample.mels() != mels || sample.frames() != frames || sample.target().length != classes) {
            throw new IllegalStateException("augmentation returned " + sample.mels() + "x" + sample.frames()
                    + " with " + sample.target().length + " classes, expected " + mels + "x" + frames + " with "
                    + classes);
        }
    }

    private final class Context implements AugmentationContext {
        private final Random random;
        private final LabelSource source;

        Context(Random random, LabelSource source) {
            this.random = random;
            this.source = source;
        }

        @Override
        public Random random() {
            return random;
        }

        @Override
        public LabeledSample partner() {
            int[] candidates = indicesBySource.get(source);
            TrainingExample partner = examples.get(candidates[random.nextInt(candidates.length)]);
            return new LabeledSample(trainingCrop(partner, random), partner.target());
        }
    }

    static int[] shuffled(int size, Random random) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static List<int[]> split(int[] order, int batchSize, int smallestBatch) {
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(order.length, start + batchSize);
            if (end - start >= smallestBatch) {
                int[] batch = new int[end - start];
                System.arraycopy(order, start, batch, 0, batch.length);
                batches.add(batch);
            }
        }
        return batches;
    }

    private static Map<LabelSource, int[]> indexBySource(List<TrainingExample> examples) {
        Map<LabelSource, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            lists.computeIfAbsent(examples.get(i).source(), key -> new ArrayList<>()).add(i);
        }
        Map<LabelSource, int[]> arrays = new HashMap<>();
        lists.forEach((source, list) -> arrays.put(source, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    private static void requireSameShape(List<TrainingExample> examples) {
        TrainingExample first = examples.get(0);
        for (TrainingExample example : examples) {
            if (example.mels() != first.mels() || example.classes() != first.classes()) {
                throw new IllegalArgumentException(example.fname() + " has " + example.mels() + " mels and "
                        + example.classes() + " classes, but " + first.fname() + " has " + first.mels() + " and "
                        + first.classes());
            }
        }
    }

    private static void requireGlobalInputsOnAllOrNone(List<TrainingExample> examples) {
        boolean first = examples.get(0).globalInput() != null;
        for (TrainingExample example : examples) {
            if ((example.globalInput() != null) != first) {
                throw new IllegalArgumentException(example.fname() + (first ? " lacks" : " has")
                        + " the global-feature input that " + examples.get(0).fname() + (first ? " has" : " lacks"));
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "batch-pipeline-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
