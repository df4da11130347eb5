package org.tagbench.app.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.store.ClipRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/**
 * Every preset of the input-kind work trains end to end on the dev corpus at a tiny width (2 folds, 1 epoch): features
 * of its kind cached under their own key (and the global-feature input once per clip where the network takes it),
 * training, stored out-of-fold scores, then predicting the test split as {@code tagbench predict} does.
 */
@Slow
class InputKindPresetsTest {
    /** Wide enough for every network to keep at least one channel per layer, narrow enough to train in seconds. */
    private static final double TINY_WIDTH = 1.0 / 16;

    @TempDir
    Path dir;
    private String previousHome;

    @BeforeEach
    void rememberHome() {
        previousHome = System.getProperty("tagbench.home");
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("tagbench.home");
        } else {
            System.setProperty("tagbench.home", previousHome);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"inception-v3-1ch", "inception-v3-3ch", "cpu-inception-v3", "fsd2nd-avemax-cnn9-gru",
            "fsd2018-waveform-1d", "fsd2018-mfcc-2d"})
    void thePresetTrainsStoresOutOfFoldScoresAndPredicts(String preset) throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            TrainRequest request = new TrainRequest(preset, 2, 1, Set.of("curated"), null, "cpu", 3L, 2, Map.of());
            TrainOutcome outcome = trainTiny(workspace, request);

            assertTrue(outcome.oofLwlrap() > 0 && outcome.oofLwlrap() <= 1, "out-of-fold lwlrap " + outcome.oofLwlrap());
            assertTrue(new RunsService(workspace).scores(outcome.runId()).overall() > 0, "stored out-of-fold scores");
            assertCachedByKind(workspace, TrainingService.plan(request));

            assertLiveScores(workspace);
            Submission predicted = new PredictionService(workspace).predict(List.of(outcome.runId()), Combine.MEAN,
                    "test", false, "cpu", JobContext.unattended());
            assertEquals(34, predicted.fnames().size());
            for (double[] row : predicted.scores()) {
                for (double score : row) {
                    assertTrue(score >= 0 && score <= 1 && !Double.isNaN(score), preset + " score " + score);
                }
            }
        }
    }

    /**
     * Live suggestions score one clip through the first fold in one pass; the MFCC net flattens a fixed-size map, so
     * it must be given windows of its training length, whatever the clip's length.
     */
    @org.junit.jupiter.api.Test
    void liveSuggestionsOfTheFixedLengthMfccNetWorkForClipsOfEveryLength() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            TrainRequest request = new TrainRequest("fsd2018-mfcc-2d", 2, 1, Set.of("curated"), null, "cpu", 3L, 2,
                    Map.of());
            trainTiny(workspace, request);
            assertLiveScores(workspace);
        }
    }

    private TrainOutcome trainTiny(Workspace workspace, TrainRequest request) throws Exception {
        TrainingPlan published = Presets.find(Path.of("models"), request.preset());
        Presets.write(tiny(published), dir.resolve("home").resolve("models").resolve(request.preset() + ".json"));
        System.setProperty("tagbench.home", dir.resolve("home").toString());
        ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
        return new TrainingService(workspace).train(request, JobContext.unattended(), report -> { });
    }

    /** The live (one fold, fast) scores of the shortest and the longest test clip. */
    private static void assertLiveScores(Workspace workspace) {
        List<ClipRecord> test = new java.util.ArrayList<>(workspace.store().clips("test"));
        test.sort(java.util.Comparator.comparingDouble(ClipRecord::duration));
        try (SuggestionService suggestions = new SuggestionService(workspace, "cpu")) {
            for (ClipRecord clip : List.of(test.get(0), test.get(test.size() - 1))) {
                double[] live = suggestions.liveScoresOf(clip.fname());
                assertEquals(workspace.store().classes().size(), live.length, clip.fname().fname());
                for (double score : live) {
                    assertTrue(score >= 0 && score <= 1, clip.fname() + " live score " + score);
                }
            }
        }
    }

    /** Each clip's input matrix is cached under its kind's key with the kind's rows; the global input where fed. */
    private static void assertCachedByKind(Workspace workspace, TrainingPlan plan) {
        FeatureRecipe recipe = FeatureRecipe.of(plan);
        int rows = plan.input().rows(plan.melBins());
        for (ClipRecord clip : workspace.store().clips("test")) {
            String hash = workspace.store().clip(clip.fname()).orElseThrow().contentHash();
            float[][] cached = workspace.features().get(hash, recipe.cacheKey()).orElseThrow();
            assertEquals(rows, cached.length, plan.name() + " rows of " + clip.fname());
            assertEquals(plan.input().globalFeatures(), workspace.features().contains(hash, recipe.globalInputKey()),
                    plan.name() + " global input of " + clip.fname());
        }
    }

    private static TrainingPlan tiny(TrainingPlan plan) {
        String json = Presets.toJson(plan).replaceFirst("\"width\": [0-9.E-]+", "\"width\": " + TINY_WIDTH);
        return Presets.fromJson(json);
    }
}
