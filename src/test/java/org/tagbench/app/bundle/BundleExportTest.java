package org.tagbench.app.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.store.ClipRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/**
 * A bundle of an ensemble run (two tiny trained runs combined by geometric mean, as a recipe records it) scores the
 * test clips as {@code tagbench predict} of that ensemble run does; damaged bundles, rank ensembles and a used output
 * folder are refused with the file or the reason.
 */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleExportTest {
    @TempDir
    static Path dir;
    Workspace workspace;
    long first;
    long second;

    @BeforeAll
    void trainTwoRuns() throws Exception {
        Path dataset = TestData.devCorpusSample(dir.resolve("dataset"), 3);
        workspace = Workspace.create(dir.resolve("ws"));
        ImportService.importDataset(dataset, workspace, JobContext.unattended());
        first = train(3L);
        second = train(4L);
    }

    @AfterAll
    void close() {
        workspace.close();
    }

    private long train(long seed) throws Exception {
        TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", seed, 2, Map.of());
        return new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { }).runId();
    }

    private long ensemble(String combine) {
        long run = workspace.store().startRun("recipe", "two-tiny", "{\"combine\": \"" + combine + "\"}", "cpu", null);
        workspace.store().setRunMembers(run, List.of(first, second));
        workspace.store().finishRun(run, 0.5, null);
        return run;
    }

    @Test
    void anEnsembleRunsBundleScoresTheTestClipsAsPredictDoes() throws Exception {
        long run = ensemble("geomean");
        Path out = dir.resolve("bundle-geomean");
        BundleManifest manifest = BundleExporter.export(workspace, run, out);
        assertEquals(List.of(first, second), manifest.root().leaves().stream().map(BundleNode::run).toList());
        assertEquals("geomean", manifest.root().combine());
        assertEquals(BundleExporter.currentId(workspace, run), manifest.id());

        Submission predicted = new PredictionService(workspace).predict(List.of(run), Combine.MEAN, "test", false, "cpu",
                JobContext.unattended());
        Path root = Path.of(workspace.store().datasetRoot().orElseThrow());
        List<Path> files = workspace.store().clips("test").stream().map(ClipRecord::path).map(root::resolve).toList();
        List<BundleScorer.Scored> scored;
        try (BundleScorer scorer = BundleScorer.open(Bundle.open(out), "cpu", 1)) {
            scored = scorer.score(files);
        }
        double worst = 0;
        for (int i = 0; i < files.size(); i++) {
            assertEquals(BundleScorer.OK, scored.get(i).status(), files.get(i) + ": " + scored.get(i).reason());
            for (int c = 0; c < predicted.classes().size(); c++) {
                worst = Math.max(worst, Math.abs(scored.get(i).scores()[c] - predicted.scores()[i][c]));
            }
        }
        assertTrue(worst <= 1e-5, "largest difference to predict: " + worst);
    }

    @Test
    void aDamagedOrIncompleteBundleIsRefusedNamingTheFile() throws Exception {
        Path out = dir.resolve("bundle-damaged");
        BundleExporter.export(workspace, first, out);
        Path weights;
        try (Stream<Path> files = Files.walk(out.resolve("models"))) {
            weights = files.filter(f -> f.toString().endsWith(".params")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(weights);
        bytes[bytes.length / 2] ^= 1;
        Files.write(weights, bytes);
        IllegalArgumentException damaged = assertThrows(IllegalArgumentException.class, () -> Bundle.open(out));
        assertTrue(damaged.getMessage().startsWith(weights.toString()) && damaged.getMessage().contains("checksum"),
                damaged.getMessage());

        Files.delete(weights);
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> Bundle.open(out));
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    }

    @Test
    void rankEnsemblesAndUsedFoldersAreRefused() throws Exception {
        long rank = ensemble("rank");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BundleExporter.export(workspace, rank, dir.resolve("bundle-rank")));
        assertTrue(refused.getMessage().contains("'rank'"), refused.getMessage());

        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("notes.txt"), "keep me");
        assertThrows(IllegalArgumentException.class, () -> BundleExporter.export(workspace, first, used));
        assertEquals("keep me", Files.readString(used.resolve("notes.txt")));
    }
}
