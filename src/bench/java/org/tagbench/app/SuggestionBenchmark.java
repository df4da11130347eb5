package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.inference.SuggestionService;
import org.tagbench.app.workspace.Workspace;
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
 * one-fold fast tagger of the run the window suggests with ({@link SuggestionService#liveRun}: for an ensemble run,
 * its newest member with models); against a reference measured in the same run, the full fold ensemble of every run
 * with models that the run stands for (itself, or each member of a recipe or pipeline, on its own log-mels).
 */
public final class SuggestionBenchmark {
    private static final int REPETITIONS = 15;

    public record Result(double clipSeconds, long liveRunId, double featureMillis, double fastMedianMillis,
                         double fastMaxMillis, double ensembleMedianMillis, int folds, int modelRuns) {}

    private SuggestionBenchmark() {}

    public static Result run(Workspace workspace, long runId, double clipSeconds, String device) throws IOException {
        RunRecord live = SuggestionService.liveRun(workspace.store(), List.of(runId));
        List<RunRecord> ensemble = modelRuns(workspace, runId);
        Path bundle = Path.of(live.modelDir());
        MelSpectrogram extractor = extractorOf(bundle);
        float[] samples = loopedAudio(workspace, extractor.config().sampleRate(), clipSeconds);
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
        double ensembleMillis = 0;
        int folds = 0;
        for (RunRecord member : ensemble) {
            Path memberBundle = Path.of(member.modelDir());
            MelSpectrogram memberExtractor = extractorOf(memberBundle);
            float[][] memberFeatures = memberExtractor.logMel(
                    loopedAudio(workspace, memberExtractor.config().sampleRate(), clipSeconds));
            try (ClipTagger tagger = Tagging.open(memberBundle, device, 0)) {
                ensembleMillis += median(time(tagger, memberFeatures));
                folds += tagger.foldCount();
            }
        }
        return new Result(clipSeconds, live.id(), median(featureTimes), median(fast), fast[fast.length - 1],
                ensembleMillis, folds, ensemble.size());
    }

    /** The run itself when it saved models, else its member runs that did (a recipe's or a pipeline's ensemble). */
    static List<RunRecord> modelRuns(Workspace workspace, long runId) {
        RunRecord run = workspace.store().run(runId)
                .orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        if (run.modelDir() != null) {
            return List.of(run);
        }
        List<RunRecord> members = workspace.store().runMembers(runId).stream()
                .map(id -> workspace.store().run(id).orElse(null))
                .filter(member -> member != null && member.modelDir() != null).toList();
        if (members.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + " has no models, nor has any member run");
        }
        return members;
    }

    private static MelSpectrogram extractorOf(Path bundle) {
        return new MelSpectrogram(MelConfig.preset(ModelBundle.read(bundle).plan().melPreset()));
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
