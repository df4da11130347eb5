package org.tagbench.app.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.ml.zoo.Recipe;
import org.tagbench.store.RunRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/**
 * Every recipe in {@code models/} (read from the folder, so recipes added later are covered) trains end to end on a
 * third of the dev corpus at tiny width, each member 2 folds x 1 epoch through its pipeline: one ensemble run naming its members,
 * scored as every run, predicting the test split like a run list.
 */
@Slow
class RecipeTrainingTest {
    /**
     * Every third clip of each split of the dev corpus: about 30 trainings (pipelines have up to six stages) would
     * otherwise take most of CI's time; what is tested is that every recipe runs end to end, not what it scores.
     */
    private static final int CORPUS_STRIDE = 3;

    @TempDir
    Path dir;

    /**
     * A recipe whose members and combination equal an earlier one's (fsd7th is gpu-default under the seed's name) is
     * checked to be the same and not trained twice: training it again would test nothing new.
     */
    @TestFactory
    Stream<DynamicTest> everyRecipeTrainsEndToEndAtTinyWidth() {
        Map<String, String> trainedByContent = new java.util.HashMap<>();
        return Presets.recipes(TagbenchHome.models()).stream().map(recipe -> {
            String content = recipe.combine() + " " + recipe.members();
            String same = trainedByContent.putIfAbsent(content, recipe.name());
            if (same != null) {
                return DynamicTest.dynamicTest(recipe.name() + " (same members as " + same + ")", () -> assertEquals(
                        content, sameContent(same)));
            }
            return DynamicTest.dynamicTest(recipe.name(), () -> trainsEndToEnd(recipe));
        });
    }

    private static String sameContent(String name) {
        Recipe recipe = Presets.recipes(TagbenchHome.models()).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
        return recipe.combine() + " " + recipe.members();
    }

    private void trainsEndToEnd(Recipe recipe) throws Exception {
        Path root = dir.resolve(recipe.name());
        try (TinyRecipes home = TinyRecipes.under(root.resolve("home"));
             Workspace workspace = Workspace.create(root.resolve("ws"))) {
            Path corpus = TestData.devCorpusSample(root.resolve("corpus"), CORPUS_STRIDE);
            ImportService.importDataset(corpus, workspace, JobContext.unattended());
            TrainRequest request = new TrainRequest(recipe.name(), 2, 1, Set.of("curated", "noisy"), null, "cpu", 7L, 2,
                    Map.of());
            RecipeOutcome outcome = new RecipeService(workspace).train(request, JobContext.unattended(), report -> { });

            assertEquals(recipe.members().size(), outcome.members().size());
            RunRecord ensemble = workspace.store().run(outcome.runId()).orElseThrow();
            assertEquals(RunRecord.FINISHED, ensemble.status());
            assertEquals(RecipeService.KIND, ensemble.kind());
            assertEquals(outcome.memberRuns(), workspace.store().runMembers(outcome.runId()));
            for (long member : outcome.memberRuns()) {
                assertEquals(RunRecord.FINISHED, workspace.store().run(member).orElseThrow().status());
            }
            assertTrue(outcome.oofLwlrap() > 0 && outcome.oofLwlrap() <= 1, "oof " + outcome.oofLwlrap());
            assertEquals(new RunsService(workspace).scores(outcome.runId()).overall(), outcome.oofLwlrap(), 1e-9);
            assertFalse(workspace.store().predictions(outcome.runId(), true).isEmpty());

            Submission test = new PredictionService(workspace).predict(List.of(outcome.runId()), Combine.MEAN, "test",
                    false, "cpu", JobContext.unattended());
            try (var testClips = java.nio.file.Files.list(corpus.resolve("test"))) {
                assertEquals(testClips.count(), test.fnames().size());
            }
        }
    }
}
