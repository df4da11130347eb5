package org.tagbench.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.RunRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/** A recipe cut off during its second member resumes there: the first member's run is kept, not trained again. */
@Slow
class RecipeResumeTest {
    private static final String RECIPE = "{\"name\": \"two-cpu\", \"combine\": \"geomean\", \"members\": ["
            + "{\"preset\": \"cpu-default\"}, {\"preset\": \"cpu-cnn-model-1\"}]}";

    @TempDir
    Path dir;

    @Test
    void aRecipeInterruptedAfterItsFirstMemberResumesWithoutRetrainingIt() throws Exception {
        try (TinyRecipes home = TinyRecipes.under(dir.resolve("home"), "two-cpu", RECIPE);
             Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            TrainRequest request = new TrainRequest("two-cpu", 2, 1, Set.of("curated", "noisy"), null, "cpu", 7L, 2,
                    Map.of());
            CancellationToken token = new CancellationToken();
            AtomicInteger epochs = new AtomicInteger();
            JobContext cancelInSecondMember = new JobContext((fraction, message) -> { }, token);
            RecipeService recipes = new RecipeService(workspace);
            assertThrows(JobCancelledException.class, () -> recipes.train(request, cancelInSecondMember, report -> {
                if (epochs.incrementAndGet() == 3) { // member 1 has 2 folds x 1 epoch; this is member 2's first
                    token.cancel();
                }
            }));
            List<RunRecord> before = workspace.store().runs();
            long recipeRun = before.get(0).id();
            assertEquals(RecipeService.KIND, before.get(0).kind());
            assertEquals(RunRecord.CANCELLED, before.get(0).status());
            RunRecord first = before.get(1);
            assertEquals("cpu-default", first.preset());
            assertEquals(RunRecord.FINISHED, first.status());
            assertEquals(RunRecord.CANCELLED, before.get(2).status());

            epochs.set(0);
            RecipeOutcome outcome = recipes.resume(recipeRun, JobContext.unattended(), report -> epochs.incrementAndGet());

            assertEquals(recipeRun, outcome.runId());
            assertEquals(List.of(first.id(), before.get(2).id()), outcome.memberRuns(), "member 1 kept, member 2 resumed");
            assertEquals(3, workspace.store().runs().size(), "no run trained again");
            assertTrue(epochs.get() <= 2, "only member 2's unfinished folds trained: " + epochs.get());
            assertEquals(outcome.memberRuns(), workspace.store().runMembers(recipeRun));
            RunRecord ensemble = workspace.store().run(recipeRun).orElseThrow();
            assertEquals(RunRecord.FINISHED, ensemble.status());
            assertEquals(Combine.GEOMETRIC_MEAN, RecipeService.combineOf(ensemble));
            assertEquals(new RunsService(workspace).scores(recipeRun).overall(), outcome.oofLwlrap(), 1e-9);
        }
    }
}
