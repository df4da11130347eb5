package org.tagbench.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.cli.TagbenchCli;
import org.tagbench.testsupport.GeneratedDataset;
import org.tagbench.testsupport.Slow;

/** Issue 14: {@code tagbench pipeline} ends with each stage's partial and skipped clips, under the stage's name. */
@Slow
class PipelineClipIssuesTest {
    @TempDir
    Path dir;

    @Test
    void thePipelineNamesEachStagesPartialAndSkippedClips() throws Exception {
        List<GeneratedDataset.Clip> clips = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String label = GeneratedDataset.CLASSES.get(i % 2);
            clips.add(new GeneratedDataset.Clip("c" + i + ".wav", "train_curated", List.of(label), 4000, false, i, 0, 0, 0));
            clips.add(new GeneratedDataset.Clip("n" + i + ".wav", "train_noisy", List.of(label), 4000, false, i, 0, 0, 0));
        }
        clips.add(new GeneratedDataset.Clip("cut.wav", "train_curated", List.of("Bark"), 16_000, false, 0, 0, 16_000, 0));
        clips.add(new GeneratedDataset.Clip("gone.wav", "train_noisy", List.of("Run"), 4000, false, 0, 0, 0, 0));
        Path dataset = GeneratedDataset.write(dir.resolve("data"), clips);
        Path ws = dir.resolve("ws");
        try (Workspace workspace = Workspace.create(ws)) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
        }
        Files.delete(dataset.resolve("train_noisy/gone.wav"));

        String printed = cli("pipeline", "pretrain", "--workspace", ws.toString(), "--preset", "cpu-default",
                "--folds", "2", "--epochs", "1", "--device", "cpu", "--seed", "7", "--threads", "2");

        int noisy = printed.indexOf("stage 1-noisy (run ");
        int curated = printed.indexOf("stage 2-curated (run ");
        assertTrue(noisy >= 0 && curated > noisy, printed);
        String noisyAccount = printed.substring(noisy, curated);
        String curatedAccount = printed.substring(curated);
        assertTrue(noisyAccount.contains("skipped   ") && noisyAccount.contains("  gone.wav: "), noisyAccount);
        assertTrue(curatedAccount.contains("partial   1 clips trained on with only part of their audio:")
                && curatedAccount.contains("  cut.wav: 1.00 s of a declared 2.00 s"), curatedAccount);
        assertTrue(printed.lines().toList().get(printed.lines().toList().size() - 1).startsWith("run="), printed);
    }

    private static String cli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = TagbenchCli.execute(args);
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        return printed;
    }
}
