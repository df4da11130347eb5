package org.tagbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.audio.WavWriter;
import org.tagbench.testsupport.Slow;

/**
 * The figure offered for choosing a run stays at chance on data where leakage would show (docs/decisions/0013):
 * every clip is a distinct chord of random tones and its labels are drawn at random, so a model can only memorise
 * them. A stage warm-started from a model that trained on a clip it then validates on scores far above chance; so
 * does an ensemble figure computed on such predictions. Chance for one label of four is about 0.52.
 */
@Slow
class HonestFiguresTest {
    private static final List<String> CLASSES = List.of("Bark", "Meow", "Bass_drum", "Glockenspiel");
    /** Far above chance (0.52 expected, about 0.07 spread on 36 clips), far below what memorising reaches (~1). */
    private static final double ABOVE_CHANCE = 0.72;

    @TempDir
    Path dir;

    @Test
    void warmUpPipelineFiguresStayAtChanceOnLabelsOnlyMemorisable() throws Exception {
        assertStaysAtChance("warmup");
    }

    @Test
    void pretrainPipelineFiguresStayAtChanceOnLabelsOnlyMemorisable() throws Exception {
        assertStaysAtChance("pretrain");
    }

    private void assertStaysAtChance(String pipeline) throws Exception {
        Path dataset = memorisableDataset(dir.resolve("data"), new Random(3));
        Path preset = memorisingPreset(dir.resolve("models"));
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            TrainRequest base = new TrainRequest(preset.toString(), 3, 0, Set.of("curated"), null, "cpu", 1L, 2, Map.of());
            PipelineOutcome outcome = new PipelineService(workspace)
                    .run(new PipelineRequest(pipeline, base, 5, null, null), JobContext.unattended(), report -> { });
            RunsService runs = new RunsService(workspace);
            List<String> figures = new ArrayList<>();
            outcome.stages().forEach(stage -> figures.add(stage.name() + " " + runs.scores(stage.runId()).describe()));
            figures.add("ensemble " + runs.scores(outcome.runId()).describe());
            String all = String.join("; ", figures);
            for (PipelineOutcome.Stage stage : outcome.stages()) {
                assertTrue(runs.scores(stage.runId()).overall() < ABOVE_CHANCE, "stage " + stage.name() + ": " + all);
            }
            assertTrue(outcome.oofLwlrap() < ABOVE_CHANCE, "the pipeline's figure: " + all);
            assertTrue(all.contains("3 workspace folds"), all);
        }
    }

    /**
     * 36 curated clips with one random label of four, 18 noisy ones with two (so most of them pass the warm-up's
     * agreement threshold and change the example set of stage 3); each clip 0.4 s of three tones of its own.
     */
    private static Path memorisableDataset(Path root, Random random) throws IOException {
        for (String split : List.of("train_curated", "train_noisy")) {
            Files.createDirectories(root.resolve(split));
            StringBuilder csv = new StringBuilder("fname,labels\n");
            int clips = split.equals("train_curated") ? 36 : 18;
            for (int i = 0; i < clips; i++) {
                String fname = split.substring(6, 7) + i + ".wav";
                List<String> labels = new ArrayList<>(CLASSES);
                java.util.Collections.shuffle(labels, random);
                labels = labels.subList(0, split.equals("train_curated") ? 1 : 2);
                csv.append(fname).append(",\"").append(String.join(",", labels)).append("\"\n");
                WavWriter.writePcm16(root.resolve(split).resolve(fname), chord(random), 44_100);
            }
            Files.writeString(root.resolve(split + ".csv"), csv.toString());
        }
        return root;
    }

    private static float[] chord(Random random) {
        float[] samples = new float[17_640];
        for (int tone = 0; tone < 3; tone++) {
            double frequency = 150 * Math.pow(2, random.nextDouble() * 6);
            for (int i = 0; i < samples.length; i++) {
                samples[i] += (float) (0.2 * Math.sin(2 * Math.PI * frequency * i / 44_100));
            }
        }
        return samples;
    }

    /**
     * A small, fast network that memorises well: no augmentation, a high learning rate, many epochs. Named by its path
     * (a preset name resolves against the models folder, and an absolute path stays itself).
     */
    private static Path memorisingPreset(Path models) throws IOException {
        Files.createDirectories(models);
        Path file = models.resolve("memorise.json");
        Files.writeString(file, String.format(Locale.ROOT, """
                {"name": "memorise", "description": "test", "source": "test", "network": "avemax-cnn9", "width": 0.125,
                 "inputFrames": 32, "melPreset": "qrfaction64", "melBins": 64, "batchSize": 8, "epochs": 12,
                 "optimizer": "adam", "learningRate": 0.003, "weightDecay": 0.0,
                 "schedule": {"type": "step", "milestones": [100], "factor": 0.5},
                 "loss": {"type": "bce-smoothed", "smoothing": 0.0}, "augmentations": [], "folds": 3, "seed": 1,
                 "earlyStoppingPatience": 0, "workers": 1,
                 "inference": {"mode": "tiles", "step": 32, "crops": 0, "foldAverage": "mean"},
                 "standardizeClips": true}
                """));
        return models.resolve("memorise");
    }
}
