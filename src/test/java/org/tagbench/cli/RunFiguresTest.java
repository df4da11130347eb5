package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.testsupport.TestData;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.retrain.RetrainViewModel;
import org.tagbench.ui.runs.ActiveEnsemble;
import org.tagbench.ui.runs.RunsViewModel;

/**
 * A run's lwlrap is one figure wherever it is shown: {@code tagbench runs}, the runs view and the retrain pane print
 * the same value with the same description, computed on the curated clips with the labels as they stand now, even
 * when the run trained on noisy clips too and its stored end-of-run figure covered them.
 */
class RunFiguresTest {
    @TempDir
    Path dir;

    private Path workspaceDir;
    private long runId;
    private CapturedCli cli;

    @BeforeEach
    void runTrainedOnCuratedAndNoisyClips() throws Exception {
        workspaceDir = dir.resolve("ws");
        try (Workspace workspace = Workspace.create(workspaceDir)) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            List<String> classes = workspace.store().classes();
            Map<ClipId, float[]> outOfFold = new LinkedHashMap<>();
            for (ClipRecord clip : workspace.store().clips(null)) {
                float[] scores = new float[classes.size()];
                for (LabelRecord label : workspace.store().labelsOf(clip.fname())) {
                    // the curated labels ranked perfectly; the noisy clips' labels last
                    boolean curated = label.source() == LabelSource.CURATED;
                    scores[classes.indexOf(label.className())] = curated ? 0.9f : -1f;
                }
                outOfFold.put(clip.fname(), scores);
            }
            runId = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
            workspace.store().savePredictions(runId, outOfFold, true);
            workspace.store().finishRun(runId, 0.4321, null); // as stored over curated + noisy clips at its end
        }
        cli = new CapturedCli();
    }

    @AfterEach
    void restoreStdout() {
        cli.close();
    }

    @Test
    void theCliTheRunsViewAndTheRetrainPaneShowOneFigureSayingWhatItIsComputedOn() throws Exception {
        // a run stored without workspace folds (as before docs/decisions/0013) says its figure is on its own folds
        String expected = "OOF lwlrap 1.0000 on 44 curated clips, the run's own folds, labels as now";
        List<String> lines = cli.run(0, "runs", "--workspace", workspaceDir.toString()).lines().toList();
        String row = lines.stream().filter(line -> line.startsWith(runId + " ")).findFirst().orElseThrow();
        assertTrue(row.contains(" 1.0000 "), "the table's figure is the curated one, not the stored 0.4321: " + row);
        assertEquals("    " + expected, lines.get(lines.indexOf(row) + 1));

        try (Workspace workspace = Workspace.open(workspaceDir); JobRunner jobs = new JobRunner(Runnable::run, 1)) {
            ActiveEnsemble active = new ActiveEnsemble(jobs);
            RunsViewModel runs = new RunsViewModel(jobs, active);
            runs.load(workspace);
            waitUntil("the runs view lists the run", () -> !runs.runs().isEmpty());
            assertEquals(expected, RunsViewModel.figure(runs.runs().get(0)));
            assertEquals("1.0000", runs.runs().get(0).scores().figure(), "the table's column");
            waitUntil("the selected run is scored", () -> runs.selectedScoresProperty().get() != null);
            assertEquals(expected, runs.selectedScoresProperty().get().describe(), "the per-class chart's title");

            RetrainViewModel retrain = new RetrainViewModel(jobs, Runnable::run, active);
            retrain.load(workspace);
            retrain.compare(runId);
            waitUntil("the retrain pane compares the run", () -> retrain.resultProperty().get() != null);
            assertEquals("New run " + runId + ": " + expected + "  ·  no active ensemble yet",
                    RetrainViewModel.describe(retrain.resultProperty().get()));

            // a later decision changes the curated labels: every view follows, the stored end-of-run figure does not
            String noisyClip = workspace.store().labels(null).stream()
                    .filter(label -> label.source() == LabelSource.NOISY).findFirst().orElseThrow().fname().fname();
            for (LabelRecord label : workspace.store().labelsOf(ClipId.of(noisyClip))) {
                workspace.store().decide(ClipId.of(noisyClip), label.className(), Decision.Action.ACCEPT, "test");
            }
            RunsService.Scores now = new RunsService(workspace).scores(runId);
            assertEquals(45, now.clips(), "the settled noisy clip counts as curated now");
            assertTrue(now.overall() < 1.0, "and its labels were ranked last: " + now.describe());
            runs.refresh();
            waitUntil("the runs view rescored", () -> RunsViewModel.figure(runs.runs().get(0)).equals(now.describe()));
            String after = cli.run(0, "runs", "--workspace", workspaceDir.toString());
            assertTrue(after.contains("    " + now.describe() + "\n"), after);
        }
    }

    @Test
    void afterMakeActiveTheRetrainPaneNoLongerSaysThereIsNoActiveEnsemble() throws Exception {
        try (Workspace workspace = Workspace.open(workspaceDir); JobRunner jobs = new JobRunner(Runnable::run, 1)) {
            ActiveEnsemble active = new ActiveEnsemble(jobs);
            active.load(workspace);
            RetrainViewModel retrain = new RetrainViewModel(jobs, Runnable::run, active);
            retrain.load(workspace);
            retrain.compare(runId);
            waitUntil("the retrain pane compares the run", () -> retrain.resultProperty().get() != null);
            assertTrue(RetrainViewModel.describe(retrain.resultProperty().get()).endsWith("no active ensemble yet"));

            retrain.makeActive();
            waitUntil("the result line follows the active ensemble", () -> retrain.resultProperty().get().active() != null);
            assertEquals(List.of(runId), retrain.resultProperty().get().activeRuns());
            assertTrue(RetrainViewModel.describe(retrain.resultProperty().get()).endsWith("now the active ensemble"),
                    RetrainViewModel.describe(retrain.resultProperty().get()));
        }
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
