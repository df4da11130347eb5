package org.tagbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.inference.SuggestionService;
import org.tagbench.app.pipeline.RecipeService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.RunRecord;

/**
 * {@code tagbench bench suggest} of a recipe's ensemble run (which saves no models of its own) times the member the
 * window suggests with and, as the reference, every member's fold ensemble; it used to refuse such a run.
 */
class SuggestionBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void aRecipeRunIsTimedThroughItsMemberRuns() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            long cnn = finishedRunWithModels(workspace, "cpu-default");
            long inception = finishedRunWithModels(workspace, "cpu-inception-v3");
            long recipe = workspace.store().startRun(RecipeService.KIND, "cpu-ensemble", "{}", "cpu", null);
            workspace.store().setRunMembers(recipe, List.of(cnn, inception));
            workspace.store().finishRun(recipe, 0.5, null);

            assertEquals(List.of(cnn, inception),
                    SuggestionBenchmark.modelRuns(workspace, recipe).stream().map(RunRecord::id).toList());
            assertEquals(inception, SuggestionService.liveRun(workspace.store(), List.of(recipe)).id());
        }
    }

    @Test
    void aPlainRunIsItsOwnEnsemble() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            long run = finishedRunWithModels(workspace, "cpu-default");
            assertEquals(List.of(run), SuggestionBenchmark.modelRuns(workspace, run).stream().map(RunRecord::id).toList());
        }
    }

    private long finishedRunWithModels(Workspace workspace, String preset) {
        long run = workspace.store().startRun("train", preset, "{}", "cpu", null);
        workspace.store().finishRun(run, 0.5, dir.resolve("models-" + run).toString());
        return run;
    }
}
