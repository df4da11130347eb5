package org.tagbench.app.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.DecodedAudio;
import org.tagbench.dsp.GlobalFeatures;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.Combiners;
import org.tagbench.ml.infer.ModelBundle;

/**
 * Scores audio files with a bundle exactly as {@code tagbench predict} scores a workspace's clips with the same run:
 * the app's decoders and resampler, the trim and log-mel of {@link FeatureService}, each trained run's full fold
 * ensemble with its plan's inference settings, members combined as the ensemble run says. A file that cannot be
 * decoded becomes a row with its reason, never an exception.
 *
 * <p>Not for concurrent use (the models keep native state): one scorer per thread. Native memory is scoped per batch
 * of windows inside the models ({@code FoldModel} opens and closes a sub-manager per forward pass).
 */
public final class BundleScorer implements AutoCloseable {
    public static final String OK = "ok";
    public static final String PARTIAL = "partial";
    public static final String ERROR = "error";

    /** One file's outcome: scores in {@link Bundle#classes()} order, null when {@code status} is {@link #ERROR}. */
    public record Scored(Path file, double durationSeconds, String status, String reason, float[] scores) {}

    private record Leaf(BundleNode node, ClipTagger tagger, FeatureRecipe recipe, MelSpectrogram extractor) {}

    private final Bundle bundle;
    private final Map<Long, Leaf> leaves = new LinkedHashMap<>();

    private BundleScorer(Bundle bundle) {
        this.bundle = bundle;
    }

    /** Loads every model of the bundle on {@code device} ({@code cpu}, {@code gpu}, {@code auto}); threads 0 = PyTorch's default. */
    public static BundleScorer open(Bundle bundle, String device, int threads) {
        BundleScorer scorer = new BundleScorer(bundle);
        try {
            for (BundleNode leaf : bundle.manifest().root().leaves()) {
                Path models = bundle.modelsOf(leaf);
                FeatureRecipe recipe = FeatureRecipe.of(ModelBundle.read(models).plan());
                scorer.leaves.put(leaf.run(), new Leaf(leaf, Tagging.open(models, device, threads), recipe,
                        new MelSpectrogram(recipe.mel())));
            }
        } catch (RuntimeException e) {
            scorer.close();
            throw e;
        }
        return scorer;
    }

    public Bundle bundle() {
        return bundle;
    }

    /** Scores of the files, in their order; the readable ones are predicted together, in batches. */
    public List<Scored> score(List<Path> files) {
        List<Scored> out = new ArrayList<>();
        List<Map<Long, float[][]>> inputs = new ArrayList<>();
        List<Map<Long, float[]>> globals = new ArrayList<>();
        for (Path file : files) {
            Map<Long, float[][]> features = new HashMap<>();
            Map<Long, float[]> global = new HashMap<>();
            out.add(features(file, features, global));
            inputs.add(features);
            globals.add(global);
        }
        List<Integer> readable = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!ERROR.equals(out.get(i).status())) {
                readable.add(i);
            }
        }
        if (readable.isEmpty()) {
            return out;
        }
        Map<Long, float[][]> predicted = new HashMap<>();
        for (Leaf leaf : leaves.values()) {
            long run = leaf.node().run();
            List<float[][]> logMels = readable.stream().map(i -> inputs.get(i).get(run)).toList();
            List<float[]> globalInputs = leaf.recipe().input().globalFeatures()
                    ? readable.stream().map(i -> globals.get(i).get(run)).toList() : null;
            predicted.put(run, leaf.tagger().predictAll(logMels, globalInputs, scored -> { }));
        }
        float[][] combined = combine(bundle.manifest().root(), predicted);
        for (int k = 0; k < readable.size(); k++) {
            Scored clip = out.get(readable.get(k));
            out.set(readable.get(k), new Scored(clip.file(), clip.durationSeconds(), clip.status(), clip.reason(), combined[k]));
        }
        return out;
    }

    /** Decodes once per sample rate the models need and computes each model's input; an error row on any failure. */
    private Scored features(Path file, Map<Long, float[][]> features, Map<Long, float[]> global) {
        if (!Files.isRegularFile(file)) {
            return new Scored(file, 0, ERROR, file + ": no such file", null);
        }
        try {
            Map<Integer, DecodedAudio> decoded = new HashMap<>();
            DecodedAudio first = null;
            for (Leaf leaf : leaves.values()) {
                DecodedAudio audio = decoded.computeIfAbsent(leaf.recipe().sampleRate(), rate -> decodeUnchecked(file, rate));
                first = first == null ? audio : first;
                features.put(leaf.node().run(), FeatureService.fromSamples(audio.samples(), leaf.recipe(), leaf.extractor()));
                if (leaf.recipe().input().globalFeatures()) {
                    int melRate = leaf.recipe().mel().sampleRate();
                    global.put(leaf.node().run(), GlobalFeatures.input(
                            decoded.computeIfAbsent(melRate, rate -> decodeUnchecked(file, rate)).samples()));
                }
            }
            if (first.partial()) {
                return new Scored(file, first.durationSeconds(), PARTIAL, String.join("; ", first.warnings()), null);
            }
            return new Scored(file, first.durationSeconds(), OK, "", null);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof Undecodable ? e.getCause() : e;
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            return new Scored(file, 0, ERROR, message, null);
        }
    }

    private static final class Undecodable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Undecodable(Exception cause) {
            super(cause);
        }
    }

    private static DecodedAudio decodeUnchecked(Path file, int rate) {
        try {
            return AudioFiles.decode(file, rate);
        } catch (Exception e) {
            throw new Undecodable(e);
        }
    }

    private static float[][] combine(BundleNode node, Map<Long, float[][]> predicted) {
        if (!node.isEnsemble()) {
            return predicted.get(node.run());
        }
        List<float[][]> members = node.members().stream().map(member -> combine(member, predicted)).toList();
        return "geomean".equals(node.combine()) ? Combiners.geometricMean(members) : Combiners.mean(members);
    }

    @Override
    public void close() {
        leaves.values().forEach(leaf -> leaf.tagger().close());
    }
}
