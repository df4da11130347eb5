package org.tagbench.app.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** Predicting reports progress while it scores clips, not 0% until it is done. */
@Slow
class PredictionProgressTest {
    @TempDir
    Path dir;

    @Test
    void predictingASplitMovesTheBarAsChunksOfClipsAreScored() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 3L, 2, Map.of());
            long run = new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { }).runId();

            List<Double> fractions = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            JobContext recording = new JobContext((fraction, message) -> {
                fractions.add(fraction);
                messages.add(message);
            }, new CancellationToken());
            Submission predicted = new PredictionService(workspace).predict(List.of(run), Combine.MEAN, "test", false, "cpu",
                    recording);

            assertEquals(34, predicted.fnames().size());
            assertTrue(fractions.stream().filter(f -> f > 0 && f < 0.2).count() >= 10, "features, clip by clip: " + fractions);
            assertTrue(fractions.stream().anyMatch(f -> f > 0.2 && f < 1), "a chunk of 32 clips scored: " + fractions);
            for (int i = 1; i < fractions.size(); i++) {
                assertTrue(fractions.get(i) >= fractions.get(i - 1), "never backwards: " + fractions);
            }
            assertTrue(messages.contains("run " + run + ": scoring 34 of 34 clips"), messages.toString());
            assertEquals(1.0, fractions.get(fractions.size() - 1));
        }
    }
}
