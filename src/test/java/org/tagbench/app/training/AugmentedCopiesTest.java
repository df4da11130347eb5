package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ProgressListener;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.ml.train.TrainingPlan.AugmentedCopiesSpec;
import org.tagbench.store.ClipRecord;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;

/** Offline augmented copies on the dev corpus: cached like features, cancellable, and never validated or scored. */
class AugmentedCopiesTest {
    private static final FeatureRecipe RECIPE = FeatureRecipe.trimmed(MelConfig.preset("qrfaction64"));
    private static final AugmentedCopiesSpec TWO_COPIES = new AugmentedCopiesSpec(2, "seventh-place", 1);

    @TempDir
    Path dir;
    Workspace workspace;
    List<ClipRecord> clips;

    @BeforeEach
    void importDevCorpus() throws Exception {
        workspace = Workspace.create(dir.resolve("ws"));
        ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
        clips = workspace.store().clips("train_curated").subList(0, 3);
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
    }

    @Test
    void aSecondCallReadsEveryCopyFromTheCacheAndMakesNone() throws Exception {
        AugmentedCopyService service = new AugmentedCopyService(workspace);
        AugmentedCopyService.Copies first = service.copiesOf(clips, TWO_COPIES, RECIPE, 2, JobContext.unattended());
        AugmentedCopyService.Copies second = service.copiesOf(clips, TWO_COPIES, RECIPE, 2, JobContext.unattended());

        assertEquals(new CopyReport(6, 0, List.of(), first.report().seconds()), first.report());
        assertEquals(0, second.report().made());
        assertEquals(6, second.report().cached());
        for (ClipRecord clip : clips) {
            assertEquals(2, second.byClip().get(clip.fname()).size());
            for (int copy = 0; copy < 2; copy++) {
                assertTrue(Arrays.deepEquals(first.byClip().get(clip.fname()).get(copy),
                        second.byClip().get(clip.fname()).get(copy)), clip.fname() + " copy " + copy);
            }
        }
    }

    @Test
    void moreCopiesReuseTheCachedOnesAndACopyIsNotItsOriginal() throws Exception {
        AugmentedCopyService service = new AugmentedCopyService(workspace);
        service.copiesOf(clips, TWO_COPIES, RECIPE, 2, JobContext.unattended());
        AugmentedCopyService.Copies three = service.copiesOf(clips, TWO_COPIES.withCount(3), RECIPE, 2,
                JobContext.unattended());

        assertEquals(3, three.report().made());
        assertEquals(6, three.report().cached());
        ClipRecord clip = clips.get(0);
        float[][] original = new FeatureService(workspace).load(clip, RECIPE, new MelSpectrogram(RECIPE.mel()));
        for (float[][] copy : three.byClip().get(clip.fname())) {
            assertFalse(Arrays.deepEquals(original, copy), "a copy differs from its original");
        }
    }

    @Test
    void aCancelledJobStopsMakingCopies() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        JobContext cancelled = new JobContext(ProgressListener.NONE, token);
        assertThrows(JobCancelledException.class, () -> new AugmentedCopyService(workspace)
                .copiesOf(clips, TWO_COPIES, RECIPE, 2, cancelled));
    }

    @Slow
    @Test
    void trainingWithCopiesScoresAndFoldsOnlyTheOriginalClips() throws Exception {
        TrainRequest request = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 7L, 2, Map.of(), 1);
        TrainOutcome outcome = new TrainingService(workspace).train(request, JobContext.unattended(), report -> { });

        assertEquals(44, outcome.trainingClips());
        assertEquals(44, outcome.copies().copies());
        Map<ClipId, float[]> scored = workspace.store().predictions(outcome.runId(), true);
        assertEquals(102, scored.size(), "44 out-of-fold + 58 unseen clips");
        assertTrue(scored.keySet().stream().noneMatch(name -> name.fname().contains("#copy")), scored.keySet().toString());
        String folds = Files.readString(new TrainingService(workspace).runFolder(outcome.runId()).resolve("folds.json"));
        assertFalse(folds.contains("#copy"), folds);
    }
}
