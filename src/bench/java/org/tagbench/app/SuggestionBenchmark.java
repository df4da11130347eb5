package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.metrics.Percentiles;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.RunRecord;

/**
 * Latency of a tag suggestion for one clip of a given length, the window's path: log-mel of the audio, then the
 * one-fold fast tagger; against a reference measured in the same run, the run's full fold ensemble.
 */
public final class SuggestionBenchmark {
    private static final int REPETITIONS = 15;

    public record Result(double clipSeconds, double featureMillis, double fastMedianMillis, double fastMaxMillis,
                         double ensembleMedianMillis, int folds) {}

    private SuggestionBenchmark() {}

    public static Result run(Workspace workspace, long runId, double clipSeconds, String device) throws IOException {
        RunRecord run = workspace.store().run(runId).filter(r -> r.modelDir() != null)
                .orElseThrow(() -> new IllegalArgumentException("run " + runId + " has no models"));
        Path bundle = Path.of(run.modelDir());
        MelConfig mel = MelConfig.preset(ModelBundle.read(bundle).plan().melPreset());
        float[] samples = loopedAudio(workspace, mel.sampleRate(), clipSeconds);
        MelSpectrogram extractor = new MelSpectrogram(mel);
        double[] featureTimes = new double[REPETITIONS];
        float[][] features = null;
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            features = extractor.logMel(samples);
            featureTimes[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] fast;
        try (ClipTagger tagger = Tagging.openForSuggestions(bundle, device, 0)) {
            fast = time(tagger, features);
        }
        double[] ensemble;
        int folds;
        try (ClipTagger tagger = Tagging.open(bundle, device, 0)) {
            ensemble = time(tagger, features);
            folds = tagger.foldCount();
        }
        return new Result(clipSeconds, median(featureTimes), median(fast), fast[fast.length - 1], median(ensemble), folds);
    }

    /** A real clip of the workspace repeated to the wanted length. */
    private static float[] loopedAudio(Workspace workspace, int rate, double seconds) throws IOException {
        FeatureService features = new FeatureService(workspace);
        ClipRecord longest = workspace.store().clips(null).stream()
                .max(java.util.Comparator.comparingDouble(ClipRecord::duration)).orElseThrow();
        float[] clip = AudioFiles.decode(features.fileOf(longest), rate).samples();
        float[] looped = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < looped.length; i++) {
            looped[i] = clip[i % clip.length];
        }
        return looped;
    }

    private static double[] time(ClipTagger tagger, float[][] features) {
        tagger.predict(features);
        double[] times = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            tagger.predict(features);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Percentiles.nearestRank(sorted, 50);
    }
}
