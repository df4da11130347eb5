package org.tagbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.ClipId;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.bundle.BundleExporter;
import org.tagbench.app.bundle.BundleManifest;
import org.tagbench.app.bundle.ImportOutcome;
import org.tagbench.app.bundle.PredictionImport;
import org.tagbench.export.Submission;

/**
 * The job in a local[2] session on the dev corpus, with a run trained here (cpu-default, 2 folds x 1 epoch, on a
 * half of the corpus) and exported as a bundle: its scores are `tagbench predict`'s, broken files become error rows,
 * a re-run writes the same output, and the scores go back into the workspace.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkTagJobTest {
    static final double TOLERANCE = 1e-5;

    @TempDir
    static Path dir;
    Path dataset;
    Workspace workspace;
    long run;
    Path bundle;
    SparkSession spark;

    @BeforeAll
    void trainAndExport() throws Exception {
        dataset = DevCorpus.sample(dir.resolve("dataset"), 2);
        workspace = Workspace.create(dir.resolve("ws"));
        ImportService.importDataset(dataset, workspace, JobContext.unattended());
        TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 3L, 2, Map.of());
        run = new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { }).runId();
        bundle = dir.resolve("bundle");
        BundleExporter.export(workspace, run, bundle);
        spark = SparkCli.session("local[2]", "SparkTagJobTest");
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    private JobSummary tag(String clips, Path out, String format, int partitions) throws Exception {
        return TagJob.run(spark, new TagSpec(bundle.toString(), clips, out.toString(), format, 3, partitions, 8, "cpu"));
    }

    @Test
    @Order(1)
    void scoresEqualTagbenchPredictOfTheSameRunWithinOneInTenThousandth() throws Exception {
        int loadsBefore = ExecutorBundles.BUNDLE_LOADS.get();
        JobSummary summary = tag(dataset.resolve("test").toString(), dir.resolve("out-parity"), TagSpec.PARQUET, 4);

        Submission predicted = new PredictionService(workspace).predict(List.of(run), Combine.MEAN, "test", false, "cpu",
                JobContext.unattended());
        Map<String, Row> rows = byFname(spark.read().parquet(dir.resolve("out-parity").toString()).collectAsList());
        assertEquals(predicted.fnames().size(), rows.size());
        assertEquals(predicted.fnames().size(), summary.ok());
        List<String> columns = Arrays.asList(spark.read().parquet(dir.resolve("out-parity").toString()).columns());
        double worst = 0;
        for (int i = 0; i < predicted.fnames().size(); i++) {
            Row row = rows.get(predicted.fnames().get(i));
            assertEquals("ok", row.getAs("status"), predicted.fnames().get(i));
            for (int c = 0; c < predicted.classes().size(); c++) {
                float score = row.getFloat(columns.indexOf(predicted.classes().get(c)));
                worst = Math.max(worst, Math.abs(score - predicted.scores()[i][c]));
            }
            assertEquals(BundleExporter.currentId(workspace, run), row.getAs("bundle_id"));
            assertTrue(row.getDouble(columns.indexOf("duration")) > 0);
            assertEquals(3, row.getList(columns.indexOf("top_labels")).size());
        }
        assertTrue(worst <= TOLERANCE, "largest difference to tagbench predict: " + worst);
        assertTrue(worst < 1e-3, "sanity");
        // the bundle was read once in this JVM (driver and both executor threads share it), models once per thread
        assertEquals(loadsBefore == 0 ? 1 : loadsBefore, ExecutorBundles.BUNDLE_LOADS.get());
        assertTrue(ExecutorBundles.SCORER_OPENS.get() <= 4, "scorers opened: " + ExecutorBundles.SCORER_OPENS.get());
    }

    @Test
    @Order(2)
    void brokenFilesBecomeErrorRowsAndTheJobGoesOn() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        List<Path> test = DevCorpus.clipsOf("test");
        Files.copy(test.get(0), broken.resolve("good.wav"));
        byte[] wav = Files.readAllBytes(test.get(1));
        Files.write(broken.resolve("header-only.wav"), Arrays.copyOf(wav, 30));
        Files.write(broken.resolve("cut.wav"), Arrays.copyOf(wav, wav.length / 2));
        Files.writeString(broken.resolve("not-audio.wav"), "this is a text file, not a recording\n");
        Path listing = broken.resolve("listing.csv");
        Files.writeString(listing, "path\ngood.wav\nheader-only.wav\ncut.wav\nnot-audio.wav\ngone.wav\n");

        JobSummary summary = tag(listing.toString(), dir.resolve("out-broken"), TagSpec.PARQUET, 2);

        Map<String, Row> rows = byFname(spark.read().parquet(dir.resolve("out-broken").toString()).collectAsList());
        assertEquals(Set.of("good.wav", "header-only.wav", "cut.wav", "not-audio.wav", "gone.wav"), rows.keySet());
        assertEquals("ok", rows.get("good.wav").getAs("status"));
        assertEquals("partial", rows.get("cut.wav").getAs("status"), "half a file is scored from what decoded");
        for (String bad : List.of("header-only.wav", "not-audio.wav", "gone.wav")) {
            Row row = rows.get(bad);
            assertEquals("error", row.getAs("status"), bad);
            assertTrue(((String) row.getAs("reason")).contains(bad), bad + ": " + row.getAs("reason"));
            assertTrue(row.isNullAt(5), "no scores on an error row");
        }
        assertTrue(((String) rows.get("gone.wav").getAs("reason")).contains("no such file"));
        assertEquals(3, summary.errors().size());
        assertEquals(5, summary.clips());
    }

    @Test
    @Order(3)
    void reRunningWritesTheSameOutput() throws Exception {
        Path out = dir.resolve("out-rerun");
        tag(dataset.resolve("test").toString(), out, TagSpec.CSV, 3);
        byte[] csv = Files.readAllBytes(out.resolve("predictions.csv"));
        byte[] job = Files.readAllBytes(out.resolve(PredictionImport.JOB_FILE));
        tag(dataset.resolve("test").toString(), out, TagSpec.CSV, 3);
        assertArrayEquals(csv, Files.readAllBytes(out.resolve("predictions.csv")));
        assertArrayEquals(job, Files.readAllBytes(out.resolve(PredictionImport.JOB_FILE)));
        try (var files = Files.list(out)) {
            assertEquals(Set.of("predictions.csv", PredictionImport.JOB_FILE),
                    files.map(f -> f.getFileName().toString()).filter(f -> !f.startsWith(".")).collect(java.util.stream.Collectors.toSet()));
        }

        Path parquet = dir.resolve("out-rerun-parquet");
        tag(dataset.resolve("test").toString(), parquet, TagSpec.PARQUET, 3);
        List<String> first = rowsAsText(parquet);
        tag(dataset.resolve("test").toString(), parquet, TagSpec.PARQUET, 3);
        assertEquals(first, rowsAsText(parquet));
    }

    @Test
    @Order(4)
    void scoresOfNewClipsGoBackAsTheRunsPredictionsAndNothingStoredIsLost() throws Exception {
        Map<ClipId, float[]> before = workspace.store().predictions(run, true);
        List<String> added = DevCorpus.addMissingTestClips(dataset);
        ImportService.importDataset(dataset, workspace, JobContext.unattended());
        Path out = dir.resolve("out-import");
        tag(dataset.resolve("test").toString(), out, TagSpec.CSV, 0);
        Files.writeString(out.resolve("predictions.csv"), Files.readString(out.resolve("predictions.csv"))
                + "nobody.wav" + ",0.5".repeat(workspace.store().classes().size()) + "\n");

        ImportOutcome outcome = PredictionImport.importCsv(workspace, out.resolve("predictions.csv"), null);

        assertEquals(added.size(), outcome.stored());
        assertEquals(dataset.resolve("test").toFile().list().length - added.size(), outcome.kept());
        assertEquals(1, outcome.problems().size(), outcome.problems().toString());
        assertTrue(outcome.problems().get(0).startsWith(out.resolve("predictions.csv") + ":"), outcome.problems().get(0));
        assertTrue(outcome.problems().get(0).contains("nobody.wav"));
        Map<ClipId, float[]> after = workspace.store().predictions(run, true);
        before.forEach((fname, scores) -> assertArrayEquals(scores, after.get(fname), fname + " kept as it was"));
        Map<String, Row> job = byFname(spark.read().option("header", "true").csv(out.resolve("predictions.csv").toString())
                .collectAsList());
        List<String> classes = workspace.store().classes();
        for (String fname : added) {
            for (int c = 0; c < classes.size(); c++) {
                assertEquals(Float.parseFloat(job.get(fname).getAs(classes.get(c))), after.get(ClipId.of(fname))[c], 0.0, fname);
            }
        }

        // the Parquet output through the module's import: everything is already stored now, so it is all kept
        Path parquet = dir.resolve("out-import-parquet");
        tag(dataset.resolve("test").toString(), parquet, TagSpec.PARQUET, 0);
        ImportOutcome again = SparkCli.importParquet(spark, workspace, parquet.toString());
        assertEquals(0, again.stored());
        assertEquals(dataset.resolve("test").toFile().list().length, again.kept());
        assertTrue(again.problems().isEmpty(), again.problems().toString());
    }

    @Test
    @Order(5)
    void scoresOfAnotherWorkspacesRunAreRefusedAndNothingIsStored() throws Exception {
        Path out = dir.resolve("out-other");
        tag(dataset.resolve("test").toString(), out, TagSpec.CSV, 0);
        try (Workspace other = Workspace.create(dir.resolve("ws-other"))) {
            ImportService.importDataset(dataset, other, JobContext.unattended());
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> PredictionImport.importCsv(other, out.resolve("predictions.csv"), null));
            assertTrue(refused.getMessage().contains("does not have") || refused.getMessage().contains("does not match"),
                    refused.getMessage());
        }
        String manifest = Files.readString(bundle.resolve(BundleManifest.FILE));
        assertNotEquals(-1, manifest.indexOf("\"run\": " + run));
        IllegalArgumentException wrongId = assertThrows(IllegalArgumentException.class,
                () -> PredictionImport.importCsv(workspace, out.resolve("predictions.csv"), "run" + run + "-0123456789abcdef"));
        assertTrue(wrongId.getMessage().contains("does not match run " + run), wrongId.getMessage());
    }

    private static Map<String, Row> byFname(List<Row> rows) {
        Map<String, Row> byFname = new HashMap<>();
        rows.forEach(row -> byFname.put(row.getAs("fname"), row));
        return byFname;
    }

    private List<String> rowsAsText(Path parquet) {
        List<String> rows = new ArrayList<>();
        spark.read().parquet(parquet.toString()).orderBy("path").collectAsList().forEach(row -> rows.add(row.toString()));
        return rows;
    }
}
