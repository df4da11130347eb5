package org.tagbench.ml.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.train.CrossValidationTrainer;
import org.tagbench.ml.train.FoldAssignment;
import org.tagbench.ml.train.MultilabelStratifiedKFold;
import org.tagbench.ml.train.ScheduleSpec;
import org.tagbench.ml.train.TrainTestKit;
import org.tagbench.ml.train.TrainingListener;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingResult;
import org.tagbench.ml.zoo.NetworkCatalog;
import org.tagbench.ml.zoo.PlanResolver;
import org.tagbench.testsupport.Slow;

/** The path the app takes: examples -> preset -> cross-validated training -> bundle -> tag suggestions. */
@Slow
class ModelBundleTest {
    static final NetworkCatalog NETWORKS = NetworkCatalog.standard().with("tiny", spec -> TrainTestKit.tinyNetwork());
    static final List<String> CLASSES = List.of("Bark", "Chirp", "Hiss");

    @TempDir
    static Path folder;
    static List<TrainingExample> examples;
    static TrainingPlan plan;
    static TrainingResult result;
    static Path bundle;

    @BeforeAll
    static void trainAndBundle() {
        examples = TrainTestKit.toyCorpus(24, 9);
        plan = new TrainingPlan("tiny-test", "tiny network for tests", "tests", "tiny", 1.0, 16, "none",
                TrainTestKit.MELS, 4, 4, "adam", 0.05f, 0f, ScheduleSpec.constant(),
                new TrainingPlan.LossSpec("bce", 0, 0),
                List.of(new TrainingPlan.AugmentationSpec("spec-augment", 0.5, null)), 3, 7, 0, 1,
                new TrainingPlan.InferenceSpec("tiles", 8, 0, "mean"));
        FoldAssignment folds = MultilabelStratifiedKFold.assign(TrainTestKit.truth(examples), plan.folds(), plan.seed());
        result = new CrossValidationTrainer(new PlanResolver(NETWORKS).setup(plan, CLASSES.size(), Device.cpu()))
                .run(examples, folds, folder.resolve("run"), TrainingListener.NONE, () -> false);
        bundle = folder.resolve("bundle");
        ModelBundle.save(bundle, plan, CLASSES, result);
    }

    @Test
    void aBundleReadsBackItsPlanClassesAndFolds() {
        ModelBundle.Contents contents = ModelBundle.read(bundle);
        assertEquals(CLASSES, contents.classes());
        assertEquals(3, contents.foldFolders().size());
        assertEquals(plan.network(), contents.plan().network());
        assertEquals(plan.inference(), contents.plan().inference());
    }

    @Test
    void outOfFoldPredictionsAreTheWholeClipPredictionsOfThePlansInferenceMode() {
        int fold = 1;
        Path single = folder.resolve("single");
        ModelBundle.save(single, plan, CLASSES, List.of(result.folds().get(fold).bestModel()));
        int[] heldOut = result.assignment().split(fold).validation();
        // the toy clips are 18-30 frames: the plan's 16-frame tiles every 8 frames cover all of each, a centre crop not
        try (ClipTagger tagger = ModelBundle.open(single, Device.cpu(), NETWORKS, null)) {
            assertEquals(InferenceSettings.Mode.TILES, tagger.settings().mode());
            for (int index : heldOut) {
                assertArrayEquals(tagger.predict(examples.get(index).features()), result.outOfFold()[index], 1e-6f,
                        "clip " + index);
            }
        }
    }

    @Test
    void batchedPredictionsMatchOneClipAtATimeInEveryMode() {
        List<float[][]> clips = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            clips.add(examples.get(i).features());
        }
        for (InferenceSettings.Mode mode : InferenceSettings.Mode.values()) {
            InferenceSettings settings = InferenceSettings.of(plan).withMode(mode, 8, 3);
            try (ClipTagger tagger = ModelBundle.open(bundle, Device.cpu(), NETWORKS, settings)) {
                float[][] together = tagger.predictAll(clips);
                for (int i = 0; i < clips.size(); i++) {
                    float[] alone = tagger.predict(clips.get(i));
                    if (mode == InferenceSettings.Mode.FULL) {
                        // a clip batched with up to 10 % longer ones is padded to their length: close, not equal
                        assertArrayEquals(alone, together[i], 0.1f, mode + " clip " + i);
                    } else {
                        assertArrayEquals(alone, together[i], 1e-5f, mode + " clip " + i);
                    }
                }
            }
        }
    }

    @Test
    void suggestionsFromTheBundleFindTheToyClasses() {
        try (ClipTagger tagger = ModelBundle.open(bundle, Device.cpu(), NETWORKS, null)) {
            assertEquals(3, tagger.foldCount());
            int correct = 0;
            for (TrainingExample example : examples) {
                float[] p = tagger.predict(example.features());
                int top = 0;
                for (int c = 1; c < p.length; c++) {
                    top = p[c] > p[top] ? c : top;
                }
                correct += example.target()[top] > 0 ? 1 : 0;
            }
            assertTrue(correct >= 20, correct + " of 24 top suggestions are true tags");
        }
    }

    @Test
    void maxFoldsKeepsTheFirstFolds() {
        InferenceSettings full = InferenceSettings.of(plan).withMode(InferenceSettings.Mode.FULL, 8, 0);
        try (ClipTagger first = ModelBundle.open(bundle, Device.cpu(), NETWORKS, full, 1)) {
            assertEquals(1, first.foldCount());
            assertEquals(3, first.predict(examples.get(0).features()).length);
        }
    }

    @Test
    void geometricFoldAverageDiffersFromTheMean() {
        InferenceSettings mean = InferenceSettings.of(plan);
        InferenceSettings geometric = new InferenceSettings(mean.mode(), mean.frames(), mean.step(), mean.crops(), true,
                mean.seed(), mean.maxBatchFrames());
        float[][] clip = examples.get(0).features();
        try (ClipTagger a = ModelBundle.open(bundle, Device.cpu(), NETWORKS, mean);
                ClipTagger b = ModelBundle.open(bundle, Device.cpu(), NETWORKS, geometric)) {
            float[] pa = a.predict(clip);
            float[] pb = b.predict(clip);
            assertFalse(Arrays.equals(pa, pb));
            for (int c = 0; c < pa.length; c++) {
                assertTrue(pb[c] <= pa[c] + 1e-6f, "geometric mean never exceeds the mean");
            }
        }
    }

    @Test
    void aFloat16TaggerAgreesWithFloat32() {
        List<float[][]> clips = examples.subList(0, 8).stream().map(TrainingExample::features).toList();
        float[][] full;
        float[][] half;
        try (ClipTagger tagger = ModelBundle.open(bundle, Device.cpu(), NETWORKS, null, 3, ai.djl.ndarray.types.DataType.FLOAT32)) {
            full = tagger.predictAll(clips);
        }
        try (ClipTagger tagger = ModelBundle.open(bundle, Device.cpu(), NETWORKS, null, 3, ai.djl.ndarray.types.DataType.FLOAT16)) {
            half = tagger.predictAll(clips);
        }
        for (int i = 0; i < full.length; i++) {
            assertArrayEquals(full[i], half[i], 0.01f, "clip " + i);
        }
    }
}
