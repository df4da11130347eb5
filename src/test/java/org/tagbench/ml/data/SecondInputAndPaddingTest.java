package org.tagbench.ml.data;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.domain.LabelSource;

/** The pipeline's second input (carried per example, untouched by crops) and its padding with a value (waveforms). */
class SecondInputAndPaddingTest {
    private static final int FRAMES = 12;

    /** Example i: one row of 5 samples all equal to i + 1 (no zero inside the clip) and a global input {i, -i}. */
    private static List<TrainingExample> shortWaveforms(int count, boolean global) {
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[][] row = {new float[5]};
            java.util.Arrays.fill(row[0], i + 1);
            TrainingExample example = new TrainingExample(ClipId.of("clip" + i), row, new float[] {1f, 0f}, LabelSource.CURATED, 1f);
            examples.add(global ? example.withGlobalInput(new float[] {i, -i}) : example);
        }
        return examples;
    }

    @Test
    void eachBatchCarriesItsExamplesGlobalInputsInBatchOrder() {
        try (BatchPipeline pipeline = new BatchPipeline(shortWaveforms(6, true),
                new PipelineSettings(3, FRAMES, 1, 2, false, 0f), SampleTransform.IDENTITY, 5)) {
            for (BatchStream stream : List.of(pipeline.trainingEpoch(0), pipeline.trainingEpoch(1))) {
                try (stream) {
                    while (stream.hasNext()) {
                        Batch batch = stream.next();
                        for (int i = 0; i < batch.size(); i++) {
                            int index = batch.exampleIndices()[i];
                            assertArrayEquals(new float[] {index, -index},
                                    java.util.Arrays.copyOfRange(batch.globalInputs(), 2 * i, 2 * i + 2));
                        }
                    }
                }
            }
        }
    }

    @Test
    void withoutASecondInputTheBatchHasNoneAndMixingTheTwoIsRefused() {
        try (BatchPipeline pipeline = new BatchPipeline(shortWaveforms(4, false), new PipelineSettings(2, FRAMES, 1, 2),
                SampleTransform.IDENTITY, 5); BatchStream stream = pipeline.trainingEpoch(0)) {
            assertNull(stream.next().globalInputs());
        }
        List<TrainingExample> mixed = new ArrayList<>(shortWaveforms(2, true));
        mixed.addAll(shortWaveforms(2, false));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new BatchPipeline(mixed,
                new PipelineSettings(2, FRAMES, 1, 2), SampleTransform.IDENTITY, 5));
        assertTrue(error.getMessage().contains("global-feature input"), error.getMessage());
    }

    @Test
    void aPadValuePadsShortClipsWithItAtARandomOffsetInTrainingAndEvenlyInEvaluation() {
        java.util.Set<Integer> offsets = new java.util.HashSet<>();
        try (BatchPipeline pipeline = new BatchPipeline(shortWaveforms(8, false),
                new PipelineSettings(4, FRAMES, 1, 2, false, 0f), SampleTransform.IDENTITY, 5)) {
            for (int epoch = 0; epoch < 4; epoch++) {
                try (BatchStream stream = pipeline.trainingEpoch(epoch)) {
                    while (stream.hasNext()) {
                        Batch batch = stream.next();
                        for (int i = 0; i < batch.size(); i++) {
                            offsets.add(assertFiveSamplesInZeros(batch, i));
                        }
                    }
                }
            }
            // validation scores the whole clip through the plan's windows (one tile for a short clip), padded alike
            List<float[][]> validated = new ArrayList<>();
            pipeline.settings().validation().score(List.<float[][]>of(pipeline.example(0).features()), List.<WindowScoring.Model>of((windows, globals) -> {
                validated.addAll(windows);
                return new float[windows.size()][1];
            }));
            float[] window = validated.get(0)[0];
            int first = -1;
            for (int t = 0; t < FRAMES; t++) {
                if (window[t] == 1f && first < 0) {
                    first = t;
                }
            }
            assertEquals((FRAMES - 5) / 2, first);
            assertEquals(5, (int) java.util.stream.IntStream.range(0, FRAMES).filter(t -> window[t] == 1f).count());
            assertEquals(FRAMES - 5, (int) java.util.stream.IntStream.range(0, FRAMES).filter(t -> window[t] == 0f).count());
        }
        // numpy's randint(0, 12 - 5): offsets 0..6, never 7
        assertTrue(offsets.size() > 2 && offsets.stream().allMatch(o -> o >= 0 && o < FRAMES - 5), offsets.toString());
    }

    /** The window of example i holds its 5 samples in a row and zeros elsewhere; returns where they start. */
    private static int assertFiveSamplesInZeros(Batch batch, int i) {
        float value = batch.exampleIndices()[i] + 1;
        int first = -1;
        int count = 0;
        for (int t = 0; t < FRAMES; t++) {
            float sample = batch.features()[i * FRAMES + t];
            if (sample == value) {
                first = first < 0 ? t : first;
                count++;
            } else {
                assertEquals(0f, sample, "padding");
            }
        }
        assertEquals(5, count);
        return first;
    }
}
