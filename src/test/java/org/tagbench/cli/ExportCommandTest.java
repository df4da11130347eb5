package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.ClipRecord;
import org.tagbench.testsupport.TestData;

/** {@code tagbench export} writes files that {@code tagbench eval} reads, with the same scores. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private CapturedCli cli;
    private Path workspace;

    @BeforeEach
    void importDevCorpusWithARun() throws Exception {
        cli = new CapturedCli();
        workspace = dir.resolve("ws");
        run(0, "import", TestData.devCorpus().toString(), "--workspace", workspace.toString());
        try (Workspace opened = Workspace.open(workspace)) {
            finishedRunWithOutOfFoldPredictions(opened);
        }
    }

    @AfterEach
    void restoreStdout() {
        cli.close();
    }

    /** Random but fixed out-of-fold scores for the curated clips, standing in for a trained run. */
    private static void finishedRunWithOutOfFoldPredictions(Workspace opened) {
        Random random = new Random(3);
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        int classes = opened.store().classes().size();
        for (ClipRecord clip : opened.store().clips("train_curated")) {
            float[] row = new float[classes];
            for (int c = 0; c < classes; c++) {
                row[c] = random.nextFloat();
            }
            scores.put(clip.fname(), row);
        }
        long run = opened.store().startRun("train", "cpu-default", "{}", "cpu", null);
        opened.store().savePredictions(run, scores, true);
        opened.store().finishRun(run, 0.5, null);
    }

    private String run(int expectedExit, String... args) {
        return cli.run(expectedExit, args);
    }

    private static String lastLine(String printed) {
        List<String> lines = printed.lines().toList();
        return lines.get(lines.size() - 1);
    }

    /** Issue 14: a clip a run stored no prediction for (it skipped it when training) is skipped, not fatal. */
    @Test
    void aClipWithoutAStoredPredictionIsSkippedAndStillGetsARow() throws Exception {
        String dropped;
        try (Workspace opened = Workspace.open(workspace)) {
            long run = opened.store().runs().get(0).id();
            Map<ClipId, float[]> stored = new LinkedHashMap<>(opened.store().predictions(run, true));
            dropped = stored.keySet().iterator().next().fname();
            stored.remove(ClipId.of(dropped));
            long partialRun = opened.store().startRun("train", "cpu-default", "{}", "cpu", null);
            opened.store().savePredictions(partialRun, stored, true);
            opened.store().finishRun(partialRun, 0.5, null);
        }
        Path sub = dir.resolve("skipped.csv");
        String exported = run(1, "predict", "--workspace", workspace.toString(), "--runs", "latest", "--split",
                "train_curated", "--oof", "--out", sub.toString());
        assertTrue(exported.contains("skipped   1 clips:" + System.lineSeparator() + "  " + dropped + ": run "), exported);
        assertTrue(exported.contains("clips=44 "), exported);
        assertEquals(45, Files.readAllLines(sub).size(), "a row for every clip");
        assertTrue(Files.readAllLines(sub).stream().anyMatch(line -> line.startsWith(dropped + ",")));
    }

    @Test
    void anExportedSubmissionScoresAsEvalScoresIt() {
        Path truth = TestData.devCorpus().resolve("train_curated.csv");
        Path sub = dir.resolve("sub.csv");
        String exported = run(0, "export", "submission", "--workspace", workspace.toString(), "--split",
                "train_curated", "--oof", "--truth", truth.toString(), "--out", sub.toString());
        assertTrue(exported.startsWith("clips=44 out=" + sub), exported);
        assertTrue(exported.contains("map3="), exported);

        String evaluated = run(0, "eval", "--truth", truth.toString(), "--submission", sub.toString());
        assertEquals(lastLine(exported), lastLine(evaluated));
        assertTrue(lastLine(evaluated).startsWith("lwlrap=0."), evaluated);
    }

    @Test
    void an2018ExportScoresInEvalOverTheWorkspaceClasses() {
        Path truth = TestData.devCorpus().resolve("train_curated.csv");
        Path sub = dir.resolve("sub-2018.csv");
        String exported = run(0, "export", "submission", "--workspace", workspace.toString(), "--format", "2018",
                "--split", "train_curated", "--oof", "--truth", truth.toString(), "--out", sub.toString());
        String map3 = exported.lines().filter(line -> line.startsWith("map3=")).findFirst().orElseThrow();

        String evaluated = run(0, "eval", "--workspace", workspace.toString(), "--metric", "map3", "--truth",
                truth.toString(), "--submission", sub.toString());
        assertEquals(map3, lastLine(evaluated));
    }

    @Test
    void theReviewedLabelsAreATruthFileEvalReads() throws Exception {
        run(0, "decide", "--workspace", workspace.toString(), "1901b071.wav", "Raindrop", "reject");
        run(0, "decide", "--workspace", workspace.toString(), "1401937c.wav", "Stream", "add");
        Path labels = dir.resolve("labels.csv");
        Path pending = dir.resolve("with-pending.csv");
        assertEquals("clips=44 out=" + labels, run(0, "export", "labels", "--workspace", workspace.toString(),
                "--out", labels.toString()).strip());
        assertEquals("clips=68 out=" + pending, run(0, "export", "labels", "--workspace", workspace.toString(),
                "--include-pending", "--out", pending.toString()).strip(), "and the 24 noisy clips come in");
        List<String> lines = Files.readAllLines(labels);
        assertTrue(lines.contains("1401937c.wav,\"Bass_drum,Stream\""), "added label present");
        assertTrue(lines.contains("1901b071.wav,Crowd"), "rejected label absent");

        Path sub = dir.resolve("sub.csv");
        run(0, "export", "submission", "--workspace", workspace.toString(), "--split", "train_curated", "--oof",
                "--out", sub.toString());
        String evaluated = run(0, "eval", "--truth", labels.toString(), "--submission", sub.toString());
        assertTrue(evaluated.startsWith("clips=44"), evaluated);
    }

    @Test
    void aWrongFormatIsAUsageError() throws Exception {
        run(2, "export", "submission", "--workspace", workspace.toString(), "--format", "2020", "--out",
                dir.resolve("x.csv").toString());
        assertTrue(Files.notExists(dir.resolve("x.csv")));
    }
}
