package org.tagbench.app.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.dsp.SilenceTrim;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.RunRecord;

/**
 * Finds the windows the active run takes from a clip ({@link RunWindows}): the plan of the newest active run with
 * saved models (as suggestions use), or the default CPU preset when no run is active; the clip's features through
 * the same cache and recipe training and suggestions read.
 */
public final class RunWindowsService {
    private final Workspace workspace;

    public RunWindowsService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Reads the audio and, at most once per clip and preset, computes its log-mel; call off the JavaFX thread. */
    public RunWindows windows(ClipRecord clip) throws IOException {
        Optional<RunRecord> run = activeRunWithModels();
        TrainingPlan plan = run.map(r -> ModelBundle.read(Path.of(r.modelDir())).plan())
                .orElseGet(() -> Presets.find(TagbenchHome.models(), Presets.CPU_DEFAULT));
        String source = run.map(r -> "run " + r.id() + " (" + plan.name() + ")").orElse("preset " + plan.name());
        MelConfig mel = MelConfig.preset(plan.melPreset());
        FeatureRecipe recipe = FeatureRecipe.trimmed(mel);
        FeatureService features = new FeatureService(workspace);
        float[][] matrix = features.load(clip, recipe, new MelSpectrogram(mel));
        return new RunWindows(source, plan, matrix, trimmedSeconds(features.fileOf(clip), mel),
                mel.secondsPerFrame());
    }

    private Optional<RunRecord> activeRunWithModels() {
        return workspace.store().activeRuns().stream()
                .flatMap(run -> java.util.stream.Stream.concat(java.util.stream.Stream.of(run),
                        workspace.store().runMembers(run.id()).stream().map(id -> workspace.store().run(id))
                                .flatMap(Optional::stream)))
                .filter(run -> RunRecord.FINISHED.equals(run.status()) && run.modelDir() != null)
                .max(Comparator.comparingLong(RunRecord::id));
    }

    /** The leading silence the feature recipe trimmed (none when trimming would leave nothing, as the recipe does). */
    private static double trimmedSeconds(Path file, MelConfig mel) throws IOException {
        float[] samples = AudioFiles.decode(file, mel.sampleRate()).samples();
        int[] bounds = SilenceTrim.bounds(samples, SilenceTrim.DEFAULT_TOP_DB, SilenceTrim.DEFAULT_FRAME_LENGTH,
                SilenceTrim.DEFAULT_HOP_LENGTH);
        return bounds[1] > bounds[0] ? (double) bounds[0] / mel.sampleRate() : 0;
    }
}
