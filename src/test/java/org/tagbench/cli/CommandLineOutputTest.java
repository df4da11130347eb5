package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.testsupport.TestData;

/** What the commands print for a person or a log: short lines, counts that agree, and reasons instead of bare zeros. */
class CommandLineOutputTest {
    @TempDir
    Path dir;

    private CapturedCli cli;

    @BeforeEach
    void captureStdout() {
        cli = new CapturedCli();
    }

    @AfterEach
    void restoreStdout() {
        cli.close();
    }

    private Path importedDevCorpus() {
        Path workspace = dir.resolve("ws");
        cli.run(0, "import", TestData.devCorpus().toString(), "--workspace", workspace.toString());
        return workspace;
    }

    @Test
    void modelsPrintsATableOfShortLines() {
        List<String> lines = cli.run(0, "models").lines().toList();
        for (String line : lines) {
            assertTrue(line.length() <= ModelsCommand.WIDTH, line.length() + " characters: " + line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("cpu-default ") && line.endsWith(" 323,488")),
                String.join("\n", lines));
    }

    @Test
    void epochsAreCountedFromOneInTheLogAsInTheProgressBar() {
        String line = TrainCommand.epochLine(new EpochReport(0, 0, 0.5, 0.25, 0.001f, true, 2.0, 8.0));
        assertTrue(line.startsWith("fold 0 epoch 1 loss=0.5000 val_lwlrap=0.2500"), line);
    }

    @Test
    void progressOffATerminalIsAFewPlainLines() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertFalse(CliProgress.isTerminal(), "tests run without a terminal, like CI");
            CliProgress.run("work", context -> {
                for (int i = 0; i <= 1000; i++) {
                    context.step(i / 1000.0, "step " + i);
                }
                return null;
            });
        } finally {
            System.setErr(originalErr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("\r"), "no bar redrawn line over line");
        List<String> lines = printed.lines().toList();
        assertEquals(11, lines.size(), printed);
        assertEquals("work 0% step 0", lines.get(0));
        assertEquals("work 100% step 1000", lines.get(10));
    }

    @Test
    void plainProgressRepeatsTheLatestStateAfterHalfAMinuteOfQuiet() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        CliProgress.PlainLines lines = new CliProgress.PlainLines("train", new PrintStream(out, true, StandardCharsets.UTF_8),
                now::get);
        lines.progress(0.01, "fold 0, epoch 1/20");
        lines.progress(0.02, "fold 0, epoch 1/20, batch 2");
        now.addAndGet(31_000_000_000L);
        lines.progress(0.03, "fold 0, epoch 1/20, batch 3");
        assertEquals(List.of("train 1% fold 0, epoch 1/20", "train 3% fold 0, epoch 1/20, batch 3"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void anEmptyReviewQueueSaysWhy() throws Exception {
        Path workspaceDir = importedDevCorpus();
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            List<String> classes = workspace.store().classes();
            Map<ClipId, float[]> scores = new LinkedHashMap<>();
            for (ClipRecord clip : workspace.store().clips(null)) {
                scores.put(clip.fname(), new float[classes.size()]);
            }
            long run = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
            workspace.store().savePredictions(run, scores, true);
            workspace.store().finishRun(run, 0.5, null);
            for (LabelRecord label : workspace.store().labels(null)) {
                if (label.source() == LabelSource.NOISY) {
                    workspace.store().decide(label.fname(), label.className(), Decision.Action.REJECT, "test");
                }
            }
        }
        Path out = dir.resolve("queue.csv");
        List<String> lines = cli.run(0, "review-queue", "--workspace", workspaceDir.toString(), "--out", out.toString())
                .lines().toList();
        assertEquals("queue=noisy entries=0 out=" + out, lines.get(0));
        assertEquals("empty: every noisy label is decided and run 1 has no missing label to suggest", lines.get(1));
    }

    @Test
    void decideNamesACommandThatListsTheClasses() throws Exception {
        Path workspaceDir = importedDevCorpus();
        String message;
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            message = assertThrows(IllegalArgumentException.class, () -> new DecisionService(workspace)
                    .decide(ClipId.of("any.wav"), "bark", Decision.Action.ADD, "test")).getMessage();
        }
        assertTrue(message.contains("'tagbench info --classes' lists them"), message);
        List<String> classes = cli.run(0, "info", "--classes", "--workspace", workspaceDir.toString()).lines().toList();
        assertEquals(19, classes.size());
        assertTrue(classes.contains("Bark"), classes.toString());
    }
}
