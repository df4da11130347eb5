package org.tagbench.ml.data;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.domain.LabelSource;
import org.tagbench.dsp.CropSampler;

class BatchPipelineTest {
    private static final int MELS = 4;
    private static final int CLASSES = 3;

    /** Example i has every value equal to i, so a batch shows which examples it holds. */
    static List<TrainingExample> constantExamples(int count) {
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[][] features = new float[MELS][10 + i];
            for (float[] row : features) {
                Arrays.fill(row, i);
            }
            float[] target = new float[CLASSES];
            target[i % CLASSES] = 1f;
            LabelSource source = i % 2 == 0 ? LabelSource.CURATED : LabelSource.NOISY;
            examples.add(new TrainingExample(ClipId.of("clip" + i), features, target, source, i % 2 == 0 ? 1f : 0.5f));
        }
        return examples;
    }

    @Test
    void everyExampleAppearsOnceAndBatchesHaveTheFixedLayout() {
        try (BatchPipeline pipeline = new BatchPipeline(constantExamples(9),
                new PipelineSettings(4, 8, 2, 2), SampleTransform.IDENTITY, 1)) {
            List<Integer> seen = new ArrayList<>();
            try (BatchStream stream = pipeline.trainingEpoch(0)) {
                while (stream.hasNext()) {
                    Batch batch = stream.next();
                    assertEquals(batch.size() * MELS * 8, batch.features().length);
                    assertEquals(batch.size() * CLASSES, batch.targets().length);
                    for (int i = 0; i < batch.size(); i++) {
                        int index = batch.exampleIndices()[i];
                        seen.add(index);
                        assertEquals(index, batch.features()[i * MELS * 8 + 5], 0f);
                        assertEquals(index % 2 == 0 ? 1f : 0.5f, batch.weights()[i]);
                        assertEquals(index % 2 == 0 ? 0f : 1f, batch.noisy()[i]);
                        assertEquals(1f, batch.targets()[i * CLASSES + index % CLASSES]);
                    }
                }
            }
            // 9 = 4 + 4 + 1: a trailing batch of one would break BatchNorm, so it is left out
            assertEquals(8, seen.size());
            assertEquals(8, seen.stream().distinct().count());
            assertEquals(2, pipeline.trainingBatchesPerEpoch());
        }
    }

    @Test
    void epochsAreReproducibleWhateverTheWorkerCountAndDifferBetweenEpochs() {
        SampleTransform noise = SampleTransform.onFeatures((features, random) -> {
            float[][] out = new float[features.length][];
            for (int m = 0; m < features.length; m++) {
                out[m] = features[m].clone();
                out[m][0] += random.nextFloat();
            }
            return out;
        });
        float[] one = firstBatch(new PipelineSettings(3, 6, 1, 1), noise, 0);
        float[] two = firstBatch(new PipelineSettings(3, 6, 2, 4), noise, 0);
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, firstBatch(new PipelineSettings(3, 6, 2, 4), noise, 1)));
    }

    @Test
    void strengthAdaptiveTrainingCropsAndPartnersFindTheLoudPartOfTheClip() {
        assertTrue(loudCrops(CropSampler.STRENGTH_ADAPTIVE) >= 0.9, "the plan's strength-adaptive sampler is used");
        assertTrue(loudCrops(CropSampler.UNIFORM) < 0.5, "uniform crops spread over the clip");
    }

    /**
     * Share of training crops and mixup partners that cover the clip's loud second: 400 frames at -80 dB with
     * 0 dB in frames 300-339, standardised before cropping as the 7th place's plans are.
     */
    private static double loudCrops(CropSampler sampler) {
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            float[][] features = new float[MELS][400];
            for (float[] row : features) {
                Arrays.fill(row, -80f);
                Arrays.fill(row, 300, 340, 0f);
            }
            examples.add(new TrainingExample(ClipId.of("clip" + i), features, new float[CLASSES], LabelSource.CURATED, 1f));
        }
        int[] loud = new int[2];
        int[] all = new int[2];
        SampleTransform count = (sample, context) -> {
            for (LabeledSample seen : List.of(sample, context.partner())) {
                int which = seen == sample ? 0 : 1;
                all[which]++;
                float max = Float.NEGATIVE_INFINITY;
                for (float value : seen.features()[0]) {
                    max = Math.max(max, value);
                }
                loud[which] += max > 0 ? 1 : 0;
            }
            return sample;
        };
        PipelineSettings settings = new PipelineSettings(4, 64, 1, 2, true, sampler,
                PipelineSettings.of(4, 64).validation(), Float.NaN);
        try (BatchPipeline pipeline = new BatchPipeline(examples, settings, count, 5)) {
            for (int epoch = 0; epoch < 10; epoch++) {
                try (BatchStream stream = pipeline.trainingEpoch(epoch)) {
                    stream.forEachRemaining(batch -> { });
                }
            }
        }
        return Math.min((double) loud[0] / all[0], (double) loud[1] / all[1]);
    }

    @Test
    void partnersComeFromTheSameSource() {
        List<TrainingExample> examples = constantExamples(8);
        SampleTransform checkPartner = (sample, context) -> {
            LabeledSample partner = context.partner();
            assertEquals(sample.features()[0][0] % 2, partner.features()[0][0] % 2, 0f);
            assertEquals(sample.frames(), partner.frames());
            return sample;
        };
        try (BatchPipeline pipeline = new BatchPipeline(examples, PipelineSettings.of(4, 6), checkPartner, 5);
                BatchStream stream = pipeline.trainingEpoch(3)) {
            stream.forEachRemaining(batch -> assertEquals(4, batch.size()));
        }
    }

    @Test
    void aFailingAugmentationSurfacesAtTheTrainer() {
        try (BatchPipeline pipeline = new BatchPipeline(constantExamples(4), PipelineSettings.of(2, 4),
                (sample, context) -> new LabeledSample(new float[1][1], sample.target()), 1);
                BatchStream stream = pipeline.trainingEpoch(0)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, stream::next);
            assertTrue(failure.getMessage().contains("expected 4x4"), failure.getMessage());
        }
    }

    @Test
    void workersBuildAheadWhileTheConsumerIsBusy() throws InterruptedException {
        SampleTransform slow = (sample, context) -> {
            sleep(20);
            return sample;
        };
        try (BatchPipeline pipeline = new BatchPipeline(constantExamples(12), new PipelineSettings(2, 4, 1, 6),
                slow, 1); BatchStream stream = pipeline.trainingEpoch(0)) {
            Thread.sleep(400);
            long before = pipeline.waitedNanos();
            stream.forEachRemaining(batch -> { });
            assertTrue(pipeline.waitedNanos() - before < 100_000_000L,
                    "waited " + (pipeline.waitedNanos() - before) / 1e6 + " ms for batches built ahead");
        }
    }

    private static float[] firstBatch(PipelineSettings settings, SampleTransform augmentation, int epoch) {
        try (BatchPipeline pipeline = new BatchPipeline(constantExamples(7), settings, augmentation, 42);
                BatchStream stream = pipeline.trainingEpoch(epoch)) {
            Batch batch = stream.next();
            float[] joined = Arrays.copyOf(batch.features(), batch.features().length + batch.size());
            for (int i = 0; i < batch.size(); i++) {
                joined[batch.features().length + i] = batch.exampleIndices()[i];
            }
            assertNotEquals(0, joined.length);
            return joined;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
