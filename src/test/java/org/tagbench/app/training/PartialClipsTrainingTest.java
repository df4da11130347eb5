package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.testsupport.GeneratedDataset;
import org.tagbench.testsupport.Slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/**
 * Issue 14: a training names, at its end and in its run record, the clips it trained on although only part of their
 * audio decodes, and the clips it skipped with the reason; {@code --partial skip} leaves the partial ones out.
 */
@Slow
class PartialClipsTrainingTest {
    @TempDir
    Path dir;

    @Test
    void partialAndSkippedClipsAreListedInTheOutcomeAndTheRunRecord() throws Exception {
        List<GeneratedDataset.Clip> clips = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clips.add(new GeneratedDataset.Clip("c" + i + ".wav", "train_curated",
                    List.of(GeneratedDataset.CLASSES.get(i % 2)), 4000, false, 0, 0, 0, 0));
        }
        clips.add(new GeneratedDataset.Clip("cut.wav", "train_curated", List.of("Bark"), 16_000, false, 0, 0, 16_000, 0));
        clips.add(new GeneratedDataset.Clip("gone.wav", "train_curated", List.of("Run"), 4000, false, 0, 0, 0, 0));
        Path dataset = GeneratedDataset.write(dir.resolve("data"), clips);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            Files.delete(dataset.resolve("train_curated/gone.wav"));
            TrainingService training = new TrainingService(workspace);

            TrainOutcome included = training.train(request(PartialPolicy.INCLUDE), JobContext.unattended(), report -> { });
            assertEquals(11, included.trainingClips());
            assertEquals(List.of(new ClipIssues.Issue(ClipId.of("cut.wav"), "1.00 s of a declared 2.00 s")),
                    included.clipIssues().partial());
            assertEquals(1, included.clipIssues().skipped().size());
            ClipIssues.Issue gone = included.clipIssues().skipped().get(0);
            assertEquals("gone.wav", gone.fname().fname());
            assertTrue(gone.reason().contains("gone.wav"), gone.reason());
            String record = workspace.store().run(included.runId()).orElseThrow().paramsJson();
            assertTrue(record.contains("\"clipIssues\"") && record.contains("cut.wav") && record.contains("gone.wav"), record);
            assertTrue(Files.readString(training.runFolder(included.runId()).resolve(TrainingService.CLIP_ISSUES_FILE))
                    .contains("1.00 s of a declared 2.00 s"));

            TrainOutcome skipped = training.train(request(PartialPolicy.SKIP), JobContext.unattended(), report -> { });
            assertEquals(10, skipped.trainingClips());
            assertEquals(List.of(), skipped.clipIssues().partial());
            assertEquals(List.of("cut.wav", "gone.wav"),
                    skipped.clipIssues().skipped().stream().map(issue -> issue.fname().fname()).sorted().toList());
        }
    }

    private static TrainRequest request(PartialPolicy partial) {
        return new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 7L, 2, Map.of(), 0, partial);
    }
}
