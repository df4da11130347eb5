package org.tagbench.crashsafety;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.store.Decision;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/**
 * Kills a child JVM with SIGKILL at random moments while it imports a dataset or stores decisions, then reopens the
 * workspace: SQLite's integrity check passes, every decision the child reported stored is there, an import is all
 * or nothing, and the run the dead process left 'running' is marked failed. Seeded, so a failure replays.
 */
@Slow
class CrashSafetyTest {
    private static final int TRIALS = 10;
    private static final int CURATED = 40;
    private static final int NOISY = 40;

    @TempDir
    static Path temp;
    private static Path dataset;

    @BeforeAll
    static void writeDataset() throws IOException {
        dataset = SmallDataset.write(temp.resolve("dataset"), CURATED, NOISY);
    }

    @Test
    void importKilledAtRandomLeavesAllOrNothing() throws Exception {
        // Kill moments spread over a whole run of this machine, from JVM start to the end of the import.
        long started = System.nanoTime();
        ChildRun.killedAfter(CrashChild.Mode.IMPORT, dataset, temp.resolve("import-timing"), 60_000);
        int wholeRunMillis = (int) ((System.nanoTime() - started) / 1_000_000);
        Random random = new Random(7_2019);
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path workspaceDir = temp.resolve("import-" + trial);
            ChildRun child = ChildRun.killedAfter(CrashChild.Mode.IMPORT, dataset, workspaceDir, random.nextInt(wholeRunMillis));
            killedMidway += child.lines().contains("imported") ? 0 : 1;
            try (Workspace workspace = Workspace.create(workspaceDir)) {
                String context = "trial " + trial + " killed after " + child.lines().size() + " lines";
                assertEquals("ok", workspace.store().integrityCheck(), context);
                int clips = workspace.store().clips(null).size();
                assertTrue(clips == 0 || clips == CURATED + NOISY, context + ": " + clips + " clips after a killed import");
                assertOrphanedRunFailed(workspace, child, context);
                ImportService.importDataset(dataset, workspace, JobContext.unattended());
                assertEquals(CURATED + NOISY, workspace.store().clips(null).size(), context + ": import again");
            }
        }
        assertTrue(killedMidway >= TRIALS / 2, "only " + killedMidway + " of " + TRIALS + " kills struck before the import ended");
    }

    @Test
    void decisionsKilledAtRandomKeepEveryOneReportedStored() throws Exception {
        Path template = temp.resolve("decisions-template");
        try (Workspace workspace = Workspace.create(template)) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
        }
        Random random = new Random(8_2019);
        int reportedStored = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path workspaceDir = temp.resolve("decisions-" + trial);
            SmallDataset.copyFolder(template, workspaceDir);
            // counted from the child's first line, not its start: a slow JVM start-up on a busy machine used up the
            // whole delay before any decision, and the test then proved nothing
            ChildRun child = ChildRun.killedAfterStarting(CrashChild.Mode.DECISIONS, dataset, workspaceDir,
                    50 + random.nextInt(1500));
            try (Workspace workspace = Workspace.create(workspaceDir)) {
                String context = "trial " + trial;
                assertEquals("ok", workspace.store().integrityCheck(), context);
                for (String line : child.lines()) {
                    if (line.startsWith("stored ")) {
                        assertDecisionKept(workspace, line, context);
                        reportedStored++;
                    }
                }
                assertOrphanedRunFailed(workspace, child, context);
            }
        }
        assertTrue(reportedStored >= TRIALS, "the children stored only " + reportedStored + " decisions in all: "
                + "the kills came before any work, so the test proved nothing");
    }

    @Test
    void retrainKilledAtRandomLeavesTheActiveEnsembleWorking() throws Exception {
        Path template = temp.resolve("retrain-template");
        long activeRun;
        try (Workspace workspace = Workspace.create(template)) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            activeRun = new TrainingService(workspace).train(CrashChild.tinyTraining(), JobContext.unattended(), report -> { })
                    .runId();
            workspace.store().setActiveRuns(List.of(activeRun));
        }
        // A whole retrain in a fresh child JVM, start-up included, bounds the kill moments.
        Path timing = temp.resolve("retrain-timing");
        SmallDataset.copyFolder(template, timing);
        long started = System.nanoTime();
        ChildRun.killedAfter(CrashChild.Mode.RETRAIN, TestData.devCorpus(), timing, 120_000);
        int wholeRunMillis = (int) ((System.nanoTime() - started) / 1_000_000);
        Random random = new Random(9_2019);
        int killedMidway = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path workspaceDir = temp.resolve("retrain-" + trial);
            SmallDataset.copyFolder(template, workspaceDir);
            ChildRun child = ChildRun.killedAfter(CrashChild.Mode.RETRAIN, TestData.devCorpus(), workspaceDir,
                    random.nextInt(wholeRunMillis));
            boolean finished = child.lines().stream().anyMatch(line -> line.startsWith("trained "));
            killedMidway += finished ? 0 : 1;
            String context = "trial " + trial + " killed after " + child.lines();
            try (WorkspaceStore store = WorkspaceStore.open(workspaceDir.resolve("workspace.db"))) {
                assertEquals("ok", store.integrityCheck(), context);
            }
            try (Workspace workspace = Workspace.open(workspaceDir)) {
                assertRetrainEndedOrFailed(workspace, activeRun, finished, context);
                assertEquals(List.of(activeRun), workspace.store().activeRuns().stream().map(RunRecord::id).toList(), context);
                assertPredictsFiniteScores(workspace, activeRun, context);
            }
        }
        assertTrue(killedMidway >= TRIALS / 2, "only " + killedMidway + " of " + TRIALS + " kills struck before the retrain ended");
    }

    /** Opening the workspace marks the killed retrain failed; nothing is left 'running'. */
    private static void assertRetrainEndedOrFailed(Workspace workspace, long activeRun, boolean finished, String context) {
        for (RunRecord run : workspace.store().runs()) {
            if (run.id() != activeRun) {
                String expected = finished ? RunRecord.FINISHED : RunRecord.FAILED;
                assertEquals(expected, run.status(), context + ": run " + run.id());
            }
        }
    }

    private static void assertPredictsFiniteScores(Workspace workspace, long activeRun, String context) throws Exception {
        Submission test = new PredictionService(workspace).predict(List.of(activeRun), Combine.MEAN, "test", false, "cpu",
                JobContext.unattended());
        assertTrue(test.fnames().size() > 0, context + ": no test clips predicted");
        for (double[] row : test.scores()) {
            for (double score : row) {
                assertTrue(Double.isFinite(score), context + ": score " + score);
            }
        }
    }

    private static void assertDecisionKept(Workspace workspace, String line, String context) {
        String[] parts = line.substring("stored ".length()).split("\t");
        long id = Long.parseLong(parts[0]);
        List<Decision> history = workspace.store().history(ClipId.of(parts[1]));
        assertTrue(history.stream().anyMatch(decision -> decision.id() == id && decision.className().equals(parts[2])),
                context + ": decision " + id + " on " + parts[1] + " was reported stored but is gone");
    }

    /**
     * The child prints "run ID" once its run record exists; a kill before that leaves no run to check. Opening the
     * workspace already marked the orphan failed, so nothing may be left 'running'.
     */
    private static void assertOrphanedRunFailed(Workspace workspace, ChildRun child, String context) {
        List<Long> started = child.lines().stream().filter(line -> line.startsWith("run "))
                .map(line -> Long.parseLong(line.substring(4))).toList();
        assertTrue(workspace.store().runs().stream().noneMatch(run -> RunRecord.RUNNING.equals(run.status())),
                context + ": a run is still 'running' after the workspace was reopened");
        for (long runId : started) {
            RunRecord run = workspace.store().run(runId).orElseThrow();
            assertEquals(RunRecord.FAILED, run.status(), context);
        }
    }

    /** A child JVM on this test's class path, killed with SIGKILL after a delay; its stdout lines up to the kill. */
    record ChildRun(List<String> lines) {
        static ChildRun killedAfter(CrashChild.Mode mode, Path dataset, Path workspaceDir, long delayMillis)
                throws IOException, InterruptedException {
            return run(mode, dataset, workspaceDir, delayMillis, false);
        }

        /** Killed {@code delayMillis} after the child's first line (its workspace open), whatever its start-up took. */
        static ChildRun killedAfterStarting(CrashChild.Mode mode, Path dataset, Path workspaceDir, long delayMillis)
                throws IOException, InterruptedException {
            return run(mode, dataset, workspaceDir, delayMillis, true);
        }

        private static ChildRun run(CrashChild.Mode mode, Path dataset, Path workspaceDir, long delayMillis,
                                    boolean fromFirstLine) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    "-Xmx256m", CrashChild.class.getName(), mode.name(), dataset.toString(), workspaceDir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> readLines(process, lines));
            reader.start();
            long startUpDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (fromFirstLine && process.isAlive() && System.nanoTime() < startUpDeadline) {
                synchronized (lines) {
                    if (!lines.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(5);
            }
            boolean ended = process.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(10_000);
            if (ended && process.exitValue() != 0) {
                throw new AssertionError("the child failed on its own (exit " + process.exitValue() + "): " + lines);
            }
            synchronized (lines) {
                return new ChildRun(List.copyOf(lines));
            }
        }

        /** Only whole lines count: a line cut by the kill was never fully reported. */
        private static void readLines(Process process, List<String> lines) {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                StringBuilder current = new StringBuilder();
                int c;
                while ((c = out.read()) != -1) {
                    if (c == '\n') {
                        synchronized (lines) {
                            lines.add(current.toString());
                        }
                        current.setLength(0);
                    } else {
                        current.append((char) c);
                    }
                }
            } catch (IOException streamClosedByTheKill) {
                // The lines read so far are what the child reported.
            }
        }

        private static String javaExecutable() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
