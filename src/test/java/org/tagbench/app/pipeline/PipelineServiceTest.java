package org.tagbench.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.store.RunRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/**
 * The noisy pre-train / curated fine-tune pipeline end to end on the dev corpus with the smallest settings (2 folds,
 * 1 epoch): every stage is a recorded run, the pipeline's run names the final ensemble, and it predicts the test split.
 */
@Slow
class PipelineServiceTest {
    @TempDir
    Path dir;

    @Test
    void pretrainPipelineRecordsItsStagesAndItsEnsemblePredicts() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            TrainRequest base = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 7L, 2, Map.of());
            PipelineOutcome outcome = new PipelineService(workspace)
                    .run(new PipelineRequest("pretrain", base, 5, null, null), JobContext.unattended(), report -> { });

            assertEquals(List.of("1-noisy", "2-curated"), outcome.stages().stream().map(PipelineOutcome.Stage::name).toList());
            assertEquals(24, outcome.stages().get(0).trainingClips());
            assertEquals(44, outcome.stages().get(1).trainingClips());
            RunRecord pipeline = workspace.store().run(outcome.runId()).orElseThrow();
            assertEquals(RunRecord.FINISHED, pipeline.status());
            assertEquals(List.of(outcome.stages().get(1).runId()), workspace.store().runMembers(outcome.runId()));
            assertTrue(outcome.oofLwlrap() > 0 && outcome.oofLwlrap() <= 1, "oof " + outcome.oofLwlrap());
            assertFalse(workspace.store().epochs(outcome.stages().get(1).runId()).isEmpty());
            assertEquals(102, workspace.store().predictions(outcome.runId(), true).size());

            Submission test = new PredictionService(workspace).predict(List.of(outcome.runId()), Combine.MEAN, "test",
                    false, "cpu", JobContext.unattended());
            assertEquals(34, test.fnames().size());
            assertEquals(19, test.classes().size());
        }
    }
}
