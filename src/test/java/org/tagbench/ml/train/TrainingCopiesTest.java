package org.tagbench.ml.train;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.testsupport.Slow;

/** Augmented copies train with their original's fold, never validate, and get no out-of-fold predictions. */
class TrainingCopiesTest {
    private static final int COPIES_PER_CLIP = 3;
    private static final Pattern BATCH = Pattern.compile("batch \\d+/(\\d+)");

    @TempDir
    Path runFolder;

    @Test
    void noFoldTrainsOnACopyOfAClipItValidatesOn() {
        List<TrainingExample> originals = TrainTestKit.toyCorpus(24, 3);
        TrainingCopies copies = copiesOfEveryOther(originals);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(originals), 4, 9);
        int[] foldOf = folds.foldOfExample();
        int[] originalOf = copies.originalOf();
        for (FoldSplit split : folds.splits(originalOf)) {
            Set<Integer> training = Arrays.stream(split.training()).boxed().collect(Collectors.toSet());
            for (int index : split.validation()) {
                assertTrue(index < originals.size(), "fold " + split.fold() + " validates on copy " + index);
            }
            for (int copy = 0; copy < originalOf.length; copy++) {
                boolean originalTrains = foldOf[originalOf[copy]] != split.fold();
                assertEquals(originalTrains, training.contains(originals.size() + copy),
                        "fold " + split.fold() + ", copy " + copy + " of example " + originalOf[copy]);
            }
            assertArrayEquals(folds.split(split.fold()).validation(), split.validation());
        }
    }

    @Test
    void copiesCarryTheirOriginalsTargetSourceAndWeight() {
        List<TrainingExample> originals = TrainTestKit.toyCorpus(6, 4);
        TrainingCopies copies = copiesOfEveryOther(originals);
        assertEquals(3 * COPIES_PER_CLIP, copies.size());
        assertArrayEquals(new int[] {0, 0, 0, 2, 2, 2, 4, 4, 4}, copies.originalOf());
        TrainingExample copy = copies.copies().get(4);
        assertEquals(originals.get(2).fname() + "#copy2", copy.fname().fname());
        assertArrayEquals(originals.get(2).target(), copy.target());
        assertEquals(originals.get(2).source(), copy.source());
    }

    @Slow
    @Test
    void outOfFoldPredictionsAreForTheOriginalsOnly() {
        List<TrainingExample> originals = TrainTestKit.toyCorpus(12, 5);
        TrainingCopies copies = copiesOfEveryOther(originals);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(originals), 2, 5);

        TrainingResult result = new CrossValidationTrainer(TrainTestKit.tinySetup(1))
                .run(originals, copies, folds, runFolder, TrainingListener.NONE, () -> false);

        assertFalse(result.cancelled());
        assertEquals(originals.size(), result.outOfFold().length);
        for (float[] row : result.outOfFold()) {
            assertFalse(Float.isNaN(row[0]), "every original has its out-of-fold prediction");
        }
    }

    @Slow
    @Test
    void copiesMakeTheTrainingEpochLonger() {
        List<TrainingExample> originals = TrainTestKit.toyCorpus(12, 5);
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(originals), 2, 5);
        int without = batchesPerEpoch(originals, TrainingCopies.NONE, folds, runFolder.resolve("without"));
        int with = batchesPerEpoch(originals, copiesOfEveryOther(originals), folds, runFolder.resolve("with"));
        assertTrue(with > without, with + " batches with copies, " + without + " without");
    }

    private static int batchesPerEpoch(List<TrainingExample> originals, TrainingCopies copies, FoldAssignment folds,
                                       Path folder) {
        AtomicInteger batches = new AtomicInteger();
        TrainingListener counter = new TrainingListener() {
            @Override
            public void onProgress(double fraction, String message) {
                Matcher matcher = BATCH.matcher(message);
                if (matcher.find()) {
                    batches.accumulateAndGet(Integer.parseInt(matcher.group(1)), Math::max);
                }
            }
        };
        new CrossValidationTrainer(TrainTestKit.tinySetup(1)).run(originals, copies, folds, folder, counter, () -> false);
        return batches.get();
    }

    /** Copies of examples 0, 2, 4, ...: features shifted so each copy differs from its original. */
    private static TrainingCopies copiesOfEveryOther(List<TrainingExample> originals) {
        Map<ClipId, List<float[][]>> features = new LinkedHashMap<>();
        for (int i = 0; i < originals.size(); i += 2) {
            float[][] original = originals.get(i).features();
            features.put(originals.get(i).fname(), List.of(shifted(original, 1), shifted(original, 2), shifted(original, 3)));
        }
        return TrainingCopies.of(originals, features);
    }

    private static float[][] shifted(float[][] features, float by) {
        float[][] copy = new float[features.length][];
        for (int row = 0; row < features.length; row++) {
            copy[row] = features[row].clone();
            for (int t = 0; t < copy[row].length; t++) {
                copy[row][t] += by * 0.01f;
            }
        }
        return copy;
    }
}
