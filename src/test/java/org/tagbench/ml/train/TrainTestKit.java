package org.tagbench.ml.train;

import org.tagbench.domain.ClipId;
import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.loss.Loss;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.data.PipelineSettings;
import org.tagbench.ml.data.SampleTransform;
import org.tagbench.ml.data.TrainingExample;

/** A tiny network, a weighted BCE and a learnable toy corpus, so trainer tests run in seconds. */
public final class TrainTestKit {
    public static final int MELS = 16;
    public static final int CLASSES = 3;

    private TrainTestKit() {}

    /**
     * conv 3x3 (4 filters) - BN - ReLU - mean over time - dense. Averaging over time only keeps the
     * mel position (the toy classes live in mel bands) and, like the real networks, takes any length.
     */
    public static Block tinyNetwork() {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(4).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().mean(new int[] {3}).reshape(-1, 4 * MELS)),
                        "meanOverTime"))
                .add(Linear.builder().setUnits(CLASSES).build());
    }

    /** Binary cross-entropy on logits per clip, weighted by the per-clip weights of the labels list. */
    public static Loss weightedBce() {
        return new Loss("weighted-bce") {
            @Override
            public NDArray evaluate(NDList labels, NDList predictions) {
                NDArray logits = predictions.get(0);
                NDArray targets = labels.get(0);
                NDArray perElement = logits.maximum(0f).sub(logits.mul(targets))
                        .add(logits.abs().neg().exp().add(1f).log());
                NDArray perClip = perElement.mean(new int[] {1});
                return labels.size() > 1 ? perClip.mul(labels.get(1)).mean() : perClip.mean();
            }
        };
    }

    /**
     * Clips of 18-30 frames of low noise; class c lights up mel rows 5c..5c+3 over a random stretch of
     * the clip, so the classes are learnable in a few epochs by a tiny network.
     */
    public static List<TrainingExample> toyCorpus(int count, long seed) {
        Random random = new Random(seed);
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int frames = 18 + random.nextInt(13);
            float[][] features = new float[MELS][frames];
            for (float[] row : features) {
                for (int t = 0; t < frames; t++) {
                    row[t] = (float) (random.nextGaussian() * 0.3);
                }
            }
            float[] target = new float[CLASSES];
            int first = i % CLASSES;
            target[first] = 1f;
            if (random.nextDouble() < 0.3) {
                target[(first + 1) % CLASSES] = 1f;
            }
            for (int c = 0; c < CLASSES; c++) {
                if (target[c] > 0) {
                    for (int m = 5 * c; m < 5 * c + 4; m++) {
                        for (int t = 0; t < frames; t++) {
                            features[m][t] += 2f;
                        }
                    }
                }
            }
            LabelSource source = i % 4 == 3 ? LabelSource.NOISY : LabelSource.CURATED;
            examples.add(new TrainingExample(ClipId.of("clip-" + i + ".wav"), features, target, source, 1f));
        }
        return examples;
    }

    public static boolean[][] truth(List<TrainingExample> examples) {
        boolean[][] truth = new boolean[examples.size()][];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = examples.get(i).positives();
        }
        return truth;
    }

    public static TrainingSetup tinySetup(int epochs) {
        return new TrainingSetup(TrainTestKit::tinyNetwork, weightedBce(), OptimizerKind.ADAM, 0.05f, 0f,
                ScheduleSpec.constant(), epochs, 0, new PipelineSettings(4, 16, 1, 2), SampleTransform.IDENTITY, 17,
                Device.cpu());
    }
}
