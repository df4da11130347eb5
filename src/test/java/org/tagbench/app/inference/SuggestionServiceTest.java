package org.tagbench.app.inference;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/** Suggestions rank classes by the ensemble's score and mark where the model and the labels disagree. */
class SuggestionServiceTest {
    @TempDir
    Path dir;

    private static NewClip clip(String fname, String split, LabelSource source, String... labels) {
        return new NewClip(ClipId.of(fname), split, fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(labels), source);
    }

    private Workspace workspaceWithPredictions() throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("ws"));
        workspace.store().saveDataset(dir.toString(), "FSD2019", "v", List.of("Bark", "Meow", "Run"));
        workspace.store().importClips(List.of(clip("c1.wav", "train_curated", LabelSource.CURATED, "Meow"),
                clip("c2.wav", "train_curated", LabelSource.CURATED, "Run"), clip("n.wav", "train_noisy", LabelSource.NOISY, "Meow")));
        long run = workspace.store().startRun("train", "p", "{}", "cpu", null);
        workspace.store().savePredictions(run, Map.of(
                ClipId.of("c1.wav"), new float[] {0.1f, 0.8f, 0.1f},
                ClipId.of("c2.wav"), new float[] {0.2f, 0.1f, 0.9f},
                ClipId.of("n.wav"), new float[] {0.92f, 0.3f, 0.05f}), true);
        workspace.store().finishRun(run, 0.5, null);
        return workspace;
    }

    @Test
    void marksADoubtedLabelAndAConfidentMissingOne() throws Exception {
        try (Workspace workspace = workspaceWithPredictions(); SuggestionService service = new SuggestionService(workspace, "cpu")) {
            ClipSuggestions suggestions = service.suggest(ClipId.of("n.wav"));
            assertEquals(List.of("Bark", "Meow", "Run"), suggestions.ranked().stream().map(ClipSuggestions.Suggestion::className).toList());
            assertEquals(new ClipSuggestions.Suggestion("Bark", 0.92f, false, true), suggestions.ranked().get(0));
            assertEquals(new ClipSuggestions.Suggestion("Meow", 0.3f, true, true), suggestions.ranked().get(1));
            assertFalse(suggestions.ranked().get(2).disagrees());
            assertTrue(suggestions.basis().startsWith("stored predictions"), suggestions.basis());
        }
    }

    @Test
    void flagsFollowDecisionsWithoutARefresh() throws Exception {
        try (Workspace workspace = workspaceWithPredictions(); SuggestionService service = new SuggestionService(workspace, "cpu")) {
            service.suggest(ClipId.of("n.wav"));
            new DecisionService(workspace).decide(ClipId.of("n.wav"), "Bark", Decision.Action.ADD, "ann");
            new DecisionService(workspace).decide(ClipId.of("n.wav"), "Meow", Decision.Action.REJECT, "ann");
            ClipSuggestions after = service.suggest(ClipId.of("n.wav"));
            assertEquals(new ClipSuggestions.Suggestion("Bark", 0.92f, true, false), after.ranked().get(0));
            assertEquals(new ClipSuggestions.Suggestion("Meow", 0.3f, false, false), after.ranked().get(1));
        }
    }

    @Slow
    @Test
    void liveSuggestionsComeFromTheNewestRunsModelAndAreCached() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("dev"))) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            TrainRequest request = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 3L, 2, Map.of());
            new TrainingService(workspace).train(request, JobContext.unattended(), report -> { });
            String testClip = workspace.store().clips("test").get(0).fname().fname();
            try (SuggestionService service = new SuggestionService(workspace, "cpu")) {
                double[] live = service.liveScoresOf(ClipId.of(testClip));
                assertEquals(workspace.store().classes().size(), live.length);
                for (double score : live) {
                    assertTrue(score >= 0 && score <= 1, "score " + score);
                }
                assertSame(live, service.liveScoresOf(ClipId.of(testClip)));
                service.refresh();
                assertEquals(live[0], service.liveScoresOf(ClipId.of(testClip))[0], 1e-6);
            }
        }
    }
}
