package org.tagbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.testsupport.Slow;

@Slow
class CrossValidationTrainerTest {
    @TempDir
    Path runFolder;

    @Test
    void trainsEveryFoldReportsEpochsAndFillsOutOfFoldPredictions() {
        List<TrainingExample> examples = TrainTestKit.toyCorpus(24, 1);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(examples), 3, 5);
        Recorder recorder = new Recorder();

        TrainingResult result = new CrossValidationTrainer(TrainTestKit.tinySetup(4))
                .run(examples, folds, runFolder, recorder, () -> false);

        assertFalse(result.cancelled());
        assertEquals(12, recorder.epochs.size());
        assertEquals(result.history(), recorder.epochs);
        assertEquals(3, result.folds().size());
        for (FoldOutcome outcome : result.folds()) {
            assertTrue(Files.isDirectory(outcome.bestModel()), outcome.bestModel().toString());
            double best = recorder.epochs.stream().filter(r -> r.fold() == outcome.fold())
                    .mapToDouble(EpochReport::validationLwlrap).max().orElseThrow();
            assertEquals(best, outcome.bestLwlrap(), 1e-12);
        }
        for (float[] row : result.outOfFold()) {
            for (float p : row) {
                assertTrue(p >= 0 && p <= 1, "probability " + p);
            }
        }
        double oof = result.outOfFoldLwlrap(TrainTestKit.truth(examples));
        assertTrue(oof > 0.8, "out-of-fold lwlrap " + oof);
        assertTrue(recorder.epochs.get(0).trainLoss() > recorder.epochs.get(3).trainLoss(), "loss falls: " + recorder.epochs);
        assertProgressRisesToOne(recorder.progress);
    }

    @Test
    void aCancelledRunResumesFromItsLastEpochAndEndsLikeAFullOne() {
        List<TrainingExample> examples = TrainTestKit.toyCorpus(18, 2);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(examples), 2, 5);
        AtomicInteger batches = new AtomicInteger();
        Recorder first = new Recorder();
        // 9 training examples per fold in batches of 4 -> 2 batches per epoch: cancel in fold 0, epoch 2
        TrainingResult cancelled = new CrossValidationTrainer(TrainTestKit.tinySetup(3))
                .run(examples, folds, runFolder, first, () -> batches.incrementAndGet() > 5);
        assertTrue(cancelled.cancelled());
        assertEquals(2, first.epochs.size());
        assertTrue(Float.isNaN(cancelled.outOfFold()[0][0]));

        Recorder second = new Recorder();
        TrainingResult resumed = new CrossValidationTrainer(TrainTestKit.tinySetup(3))
                .run(examples, folds, runFolder, second, () -> false);

        assertFalse(resumed.cancelled());
        assertEquals(List.of(2, 0, 1, 2), second.epochs.stream().map(EpochReport::epoch).toList(),
                "fold 0 continues at epoch 2, fold 1 runs whole");
        assertEquals(6, resumed.history().size());
        assertEquals(first.epochs, resumed.history().subList(0, 2));
        for (float[] row : resumed.outOfFold()) {
            assertFalse(Float.isNaN(row[0]));
        }

        Recorder third = new Recorder();
        TrainingResult again = new CrossValidationTrainer(TrainTestKit.tinySetup(3))
                .run(examples, folds, runFolder, third, () -> false);
        assertTrue(third.epochs.isEmpty(), "a finished run is read back, not retrained");
        assertEquals(resumed.history(), again.history());
        assertEquals(resumed.outOfFold()[3][1], again.outOfFold()[3][1]);
    }

    @Test
    void earlyStoppingEndsAFoldAfterPatienceEpochsWithoutGain() {
        List<TrainingExample> examples = TrainTestKit.toyCorpus(12, 3);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(examples), 2, 5);
        TrainingSetup tiny = TrainTestKit.tinySetup(30);
        // a rate of 1e-9 freezes the weights; only BatchNorm's running statistics still move, so
        // validation soon stops improving
        TrainingSetup frozen = new TrainingSetup(tiny.network(), tiny.loss(), tiny.optimizer(), 1e-9f, 0f,
                tiny.schedule(), 30, 2, tiny.pipeline(), tiny.augmentation(), tiny.seed(), tiny.device());
        TrainingResult result = new CrossValidationTrainer(frozen).run(examples, folds, runFolder, TrainingListener.NONE,
                () -> false);
        for (FoldOutcome outcome : result.folds()) {
            assertTrue(outcome.stoppedEarly());
            assertEquals(outcome.bestEpoch() + 1 + 2, outcome.epochsRun(), "patience 2 after the best epoch");
            assertTrue(outcome.epochsRun() < 30);
        }
    }

    private static void assertProgressRisesToOne(List<Double> progress) {
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress went back at " + i + ": " + progress);
        }
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
    }

    static final class Recorder implements TrainingListener {
        final List<EpochReport> epochs = new ArrayList<>();
        final List<Double> progress = new ArrayList<>();

        @Override
        public void onEpoch(EpochReport report) {
            epochs.add(report);
        }

        @Override
        public void onProgress(double fraction, String message) {
            progress.add(fraction);
        }
    }
}
