package org.tagbench.app.runs;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.pipeline.RetrainOptions;
import org.tagbench.app.pipeline.RetrainRequest;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.StoreException;
import org.tagbench.testsupport.TestData;

/**
 * The runs view's use cases on the dev corpus with runs written directly (no training): decisions each run saw,
 * lwlrap per class against the curated labels, the active ensemble and a run compared with it.
 */
class RunsServiceTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private RunsService runs;

    @BeforeEach
    void importDevCorpus() throws Exception {
        workspace = Workspace.create(dir.resolve("ws"));
        ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
        runs = new RunsService(workspace);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    /** A finished run whose out-of-sample scores are the curated labels themselves, times {@code quality}. */
    private long finishedRun(float wrongScore) {
        long id = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
        List<String> classes = workspace.store().classes();
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        for (TrainingLabels.LabelledClip clip : TrainingLabels.of(workspace.store(), Set.of(LabelSource.CURATED))) {
            float[] row = TrainingLabels.targets(clip.labels(), classes);
            row[(classes.indexOf(clip.labels().get(0)) + 1) % classes.size()] += wrongScore;
            scores.put(clip.clip().fname(), row);
        }
        workspace.store().savePredictions(id, scores, true);
        workspace.store().finishRun(id, 0.5, null);
        return id;
    }

    private LabelRecord firstNoisyLabel(int index) {
        return workspace.store().labels(null).stream().filter(l -> l.source() == LabelSource.NOISY)
                .toList().get(index);
    }

    @Test
    void eachRunCountsTheDecisionsItsLabelsIncluded() {
        LabelRecord first = firstNoisyLabel(0);
        LabelRecord second = firstNoisyLabel(1);
        workspace.store().decide(first.fname(), first.className(), Decision.Action.REJECT, "test");
        long before = finishedRun(0);
        workspace.store().decide(second.fname(), second.className(), Decision.Action.ACCEPT, "test");
        long after = finishedRun(0);

        List<RunsService.RunSummary> summaries = runs.runs();
        assertEquals(List.of(before, after), summaries.stream().map(s -> s.run().id()).toList());
        assertEquals(List.of(1, 2), summaries.stream().map(RunsService.RunSummary::decisionsSeen).toList());
        assertTrue(summaries.get(0).duration() != null && !summaries.get(0).duration().isNegative());
        List<Decision> seen = runs.decisionsSeen(after);
        assertEquals(List.of(first.fname(), second.fname()), seen.stream().map(Decision::fname).toList());
        assertEquals(Decision.Action.REJECT, seen.get(0).action());
        assertEquals(1, runs.decisionsSeen(before).size());
    }

    @Test
    void scoresAreLwlrapPerClassAgainstTheCuratedLabels() {
        long perfect = finishedRun(0);
        long confused = finishedRun(2);

        RunsService.Scores best = runs.scores(perfect);
        assertEquals(1.0, best.overall(), 1e-12);
        assertEquals(workspace.store().classes().size(), best.perClass().size());
        assertEquals(1.0, best.perClass().stream().mapToDouble(RunsService.ClassScore::weight).sum(), 1e-9);
        RunsService.Scores worse = runs.scores(confused);
        assertTrue(worse.overall() < 1.0, "a wrong class ranked first lowers lwlrap: " + worse.overall());
        assertTrue(worse.perClass().stream().anyMatch(score -> score.lwlrap() < 1.0));
    }

    @Test
    void aNewRunIsComparedWithTheActiveEnsembleAndCanReplaceIt() {
        long active = finishedRun(2);
        long fresh = finishedRun(0);
        assertNull(runs.compareWithActive(fresh).active(), "nothing active yet");

        runs.activate(List.of(active));
        RunsService.Comparison comparison = runs.compareWithActive(fresh);
        assertEquals(List.of(active), comparison.activeRuns());
        assertEquals(1.0, comparison.run().overall(), 1e-12);
        assertTrue(comparison.active().overall() < comparison.run().overall());

        runs.activate(List.of(fresh));
        assertEquals(List.of(fresh), runs.activeRuns());
        assertFalse(workspace.store().run(active).orElseThrow().active());
    }

    @Test
    void onlyFinishedRunsCanBeActiveAndUnknownRunsAreRefused() {
        long running = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
        assertThrows(StoreException.class, () -> runs.activate(List.of(running)));
        assertThrows(IllegalArgumentException.class, () -> runs.scores(999));
        assertTrue(runs.scores(running).overall() != runs.scores(running).overall(), "no predictions: NaN");
    }

    @Test
    void theNewestRunWithEpochsFeedsTheChartsWhenNothingTrains() {
        assertTrue(runs.newestWithEpochs().isEmpty());
        long withEpochs = finishedRun(0);
        workspace.store().recordEpoch(new org.tagbench.store.EpochRecord(withEpochs, 0, 0, 0.7, 0.4));
        finishedRun(0);
        assertEquals(withEpochs, runs.newestWithEpochs().orElseThrow().id());
        assertEquals(1, runs.epochs(withEpochs).size());
    }

    @Test
    void presetsFollowTheDeviceAndRetrainsCountTheirEpochs() {
        List<String> names = List.of("gpu-default", "cpu-default", "fsd8th-vgg16-bn", "cpu-cnn-model-1");
        RetrainOptions cpu = RetrainOptions.forDevice(false, names);
        assertEquals(List.of("cpu-cnn-model-1", "cpu-default"), cpu.presets());
        assertEquals("cpu-default", cpu.defaultPreset());
        RetrainOptions gpu = RetrainOptions.forDevice(true, names);
        assertEquals(List.of("fsd8th-vgg16-bn", "gpu-default", "cpu-cnn-model-1", "cpu-default"), gpu.presets());
        assertEquals("gpu-default", gpu.defaultPreset());

        assertEquals(2, new RetrainRequest(RetrainRequest.TRAIN, "cpu-default", 2, 1).totalEpochs());
        assertEquals(2 * 2 * 3, new RetrainRequest("pretrain", "cpu-default", 2, 3).totalEpochs());
        assertEquals(6 * 5 * 20, new RetrainRequest("pseudo", "cpu-default", 0, 0).totalEpochs(),
                "curated, then the 3rd place's 5 rounds (5 % .. 25 %), at the preset's folds and epochs");
        assertThrows(IllegalArgumentException.class, () -> new RetrainRequest("nonsense", "cpu-default", 2, 1));
    }
}
