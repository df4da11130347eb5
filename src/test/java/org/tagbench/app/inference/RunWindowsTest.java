package org.tagbench.app.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.TimeCrop;
import org.tagbench.ml.data.ClipStandardizer;
import org.tagbench.ml.data.WindowScoring;
import org.tagbench.ml.infer.InferenceSettings;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.Presets;

/** The overlays draw RunWindows; inference cuts through WindowScoring: the two must be the same windows. */
class RunWindowsTest {

    @Test
    void theOverlaysWindowsAreTheWindowsInferenceCutsInEveryMode() {
        TrainingPlan preset = Presets.find(TagbenchHome.models(), Presets.CPU_DEFAULT);
        float[][] clip = clip(preset.melBins(), 1300);
        for (TrainingPlan.InferenceSpec spec : List.of(preset.inference(),
                new TrainingPlan.InferenceSpec("tiles", 48, 0, "mean"),
                new TrainingPlan.InferenceSpec("crops", 0, 7, "mean"),
                new TrainingPlan.InferenceSpec("adaptive-crops", 0, 20, "mean"),
                new TrainingPlan.InferenceSpec("even-crops", 0, 3, "mean"))) {
            TrainingPlan plan = withInference(preset, spec);
            RunWindows overlay = new RunWindows("test", plan, clip, 0, 0.01);
            List<float[][]> cut = new ArrayList<>();
            InferenceSettings.of(plan).scoring().score(List.<float[][]>of(clip), List.<WindowScoring.Model>of((windows, globals) -> {
                cut.addAll(windows);
                return new float[windows.size()][1];
            }));
            int[] starts = overlay.inferenceStarts();
            assertEquals(starts.length, cut.size(), spec.mode());
            float[][] standardised = ClipStandardizer.standardize(clip);
            for (int i = 0; i < starts.length; i++) {
                float[][] expected = TimeCrop.crop(standardised, starts[i], overlay.windowFrames(),
                        TimeCrop.minimum(standardised));
                for (int band = 0; band < expected.length; band++) {
                    assertArrayEquals(expected[band], cut.get(i)[band], spec.mode() + " window " + i);
                }
            }
        }
    }

    @Test
    void theSecondPlacesPresetsScoreTheStartTheMiddleAndTheEndAndTheOverlayDrawsThem() {
        for (String name : List.of("fsd2nd-avemax-cnn9", "fsd2nd-avemax-cnn9-gru")) {
            TrainingPlan preset = Presets.find(TagbenchHome.models(), name);
            assertEquals(ClipWindows.Kind.EVEN_CROPS, preset.testWindows().kind(), name);
            RunWindows overlay = new RunWindows("test", preset, clip(preset.melBins(), 1300), 0, 0.01);
            int frames = preset.inputFrames();
            assertArrayEquals(new int[] {0, (1300 - frames) / 2, 1300 - frames}, overlay.inferenceStarts(), name);
            assertArrayEquals(overlay.inferenceStarts(), InferenceSettings.of(preset).windows().starts(overlay.features()));
            assertEquals("3 crops of " + frames + " frames, start to end", overlay.inferenceDescription());
        }
    }

    @Test
    void trainingCropsFollowThePlansSamplerAndLandOnTheClipsTimeline() {
        TrainingPlan preset = Presets.find(TagbenchHome.models(), "fsd7th-scse-spp-cnn");
        assertEquals("strength-adaptive", preset.trainingCrop());
        float[][] clip = clip(preset.melBins(), 1300);
        MelConfig mel = MelConfig.preset(preset.melPreset());
        RunWindows windows = new RunWindows("test", preset, clip, 0.25, mel.secondsPerFrame());
        for (int start : windows.trainingCropStarts(20, 3)) {
            assertTrue(start < 1040 && start + preset.inputFrames() > 1000, "crop at " + start + " covers the loud part");
        }
        assertEquals(0.25 + 100 * mel.secondsPerFrame(), windows.seconds(100), 1e-9);
        assertEquals(ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS, windows.inference().kind());
    }

    /** Quiet (-80 dB, a little ripple) with a loud second at frames 1000-1039. */
    private static float[][] clip(int bands, int frames) {
        float[][] clip = new float[bands][frames];
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < frames; t++) {
                clip[b][t] = t >= 1000 && t < 1040 ? -5f : -80f + (float) Math.sin(0.3 * t + b);
            }
        }
        return clip;
    }

    private static TrainingPlan withInference(TrainingPlan p, TrainingPlan.InferenceSpec spec) {
        return new TrainingPlan(p.name(), p.description(), p.source(), p.network(), p.width(), p.inputFrames(),
                p.melPreset(), p.melBins(), p.batchSize(), p.epochs(), p.optimizer(), p.learningRate(), p.weightDecay(),
                p.schedule(), p.loss(), p.augmentations(), p.folds(), p.seed(), p.earlyStoppingPatience(), p.workers(),
                spec, p.standardizeClips(), p.augmentedCopies(), p.trainingCrop(), p.input());
    }
}
