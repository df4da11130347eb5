package org.tagbench.app.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ParallelClips;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioDecodeException;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.GlobalFeatures;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.dsp.Mfcc;
import org.tagbench.dsp.SilenceTrim;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.FeatureCache;

/**
 * Fills and reads the feature cache. A clip is identified by the hash of its bytes, so a renamed file reuses its
 * features and an edited one is recomputed. The hash kept in the database is trusted while the file's size and
 * modification time are unchanged, so a second pass over a dataset reads no audio at all.
 */
public final class FeatureService {
    private final Workspace workspace;
    private final Path datasetRoot;

    public FeatureService(Workspace workspace) {
        this.workspace = workspace;
        this.datasetRoot = Path.of(workspace.store().datasetRoot()
                .orElseThrow(() -> new IllegalStateException("workspace " + workspace.dir() + " has no dataset: import one first")));
    }

    public Path fileOf(ClipRecord clip) {
        return datasetRoot.resolve(clip.path());
    }

    private enum Outcome { COMPUTED, CACHED }

    /** Computes the features of every clip missing from the cache, on {@code threads} threads. */
    public FeatureReport computeAll(FeatureRecipe recipe, int threads, JobContext context) throws InterruptedException {
        List<ClipRecord> clips = workspace.store().clips(null);
        long started = System.nanoTime();
        AtomicInteger computed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<MelSpectrogram> extractors = ThreadLocal.withInitial(() -> new MelSpectrogram(recipe.mel()));
        ParallelClips.forEach(clips, ClipRecord::fname, threads, context, clip -> {
            try {
                if (ensure(clip, recipe, extractors.get()) == Outcome.COMPUTED) {
                    computed.incrementAndGet();
                }
            } catch (IOException e) {
                failures.add(e.getMessage());
            }
        });
        double seconds = clips.stream().mapToDouble(ClipRecord::duration).sum();
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new FeatureReport(computed.get(), clips.size() - computed.get() - failures.size(),
                List.copyOf(failures), seconds, elapsed);
    }

    /** The feature matrix of a clip, from the cache or computed (and cached) now. */
    public float[][] load(ClipRecord clip, FeatureRecipe recipe, MelSpectrogram extractor) throws IOException {
        String hash = contentHash(clip);
        var cached = workspace.features().get(hash, recipe.cacheKey());
        if (cached.isPresent()) {
            return cached.get();
        }
        float[][] matrix = compute(fileOf(clip), recipe, extractor);
        workspace.features().put(hash, recipe.cacheKey(), matrix);
        return matrix;
    }

    private Outcome ensure(ClipRecord clip, FeatureRecipe recipe, MelSpectrogram extractor) throws IOException {
        String hash = contentHash(clip);
        if (workspace.features().contains(hash, recipe.cacheKey())) {
            return Outcome.CACHED;
        }
        workspace.features().put(hash, recipe.cacheKey(), compute(fileOf(clip), recipe, extractor));
        return Outcome.COMPUTED;
    }

    /**
     * The clip's global-feature input (the 2nd place's 128 x 12 statistics of the untrimmed waveform at the mel rate,
     * then the length scalar; see {@link GlobalFeatures#input}), from the cache or computed (and cached) now.
     */
    public float[] globalInput(ClipRecord clip, FeatureRecipe recipe) throws IOException {
        String hash = contentHash(clip);
        var cached = workspace.features().get(hash, recipe.globalInputKey());
        if (cached.isPresent()) {
            return cached.get()[0];
        }
        float[] input = GlobalFeatures.input(AudioFiles.decode(fileOf(clip), recipe.mel().sampleRate()).samples());
        workspace.features().put(hash, recipe.globalInputKey(), new float[][] {input});
        return input;
    }

    /** Decodes, optionally trims, and computes the recipe's input (log-mel, MFCC or waveform) of one file. */
    public static float[][] compute(Path file, FeatureRecipe recipe, MelSpectrogram extractor) throws AudioDecodeException {
        return compute(file, recipe, extractor::logMel);
    }

    /** The same with another log-mel front end (the model device's, on a GPU). */
    public static float[][] compute(Path file, FeatureRecipe recipe, java.util.function.Function<float[], float[][]> logMel)
            throws AudioDecodeException {
        return fromSamples(decode(file, recipe), recipe, logMel);
    }

    /** The clip's samples at the recipe's rate (band-limited resampling by {@link org.tagbench.audio.Resampler}). */
    public static float[] decode(Path file, FeatureRecipe recipe) throws AudioDecodeException {
        return AudioFiles.decode(file, recipe.sampleRate()).samples();
    }

    /** Optionally trims (keeping the samples when nothing is left), then the log-mel; public for batch scoring (app.bundle). */
    public static float[][] fromSamples(float[] samples, FeatureRecipe recipe, MelSpectrogram extractor) {
        return fromSamples(samples, recipe, extractor::logMel);
    }

    private static float[][] fromSamples(float[] samples, FeatureRecipe recipe,
                                         java.util.function.Function<float[], float[][]> logMel) {
        float[] trimmed = recipe.trimSilence() ? SilenceTrim.trim(samples) : samples;
        float[] kept = trimmed.length == 0 ? samples : trimmed;
        if (recipe.input().isWaveform()) {
            return new float[][] {kept.length == 0 ? new float[1] : kept};
        }
        float[][] matrix = logMel.apply(kept);
        return recipe.input().isMfcc() ? Mfcc.fromLogMel(matrix, recipe.input().coefficients()) : matrix;
    }

    /** SHA-256 of the clip's file, trusted from the database while its size and modification time are unchanged. */
    public String contentHash(ClipRecord clip) throws IOException {
        Path file = fileOf(clip);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": missing (was it moved after import? re-import the dataset)");
        }
        if (clip.contentHash() != null && Files.size(file) == clip.sizeBytes()
                && Files.getLastModifiedTime(file).toMillis() == clip.modifiedMs()) {
            return clip.contentHash();
        }
        String hash = FeatureCache.contentHash(file);
        workspace.store().setContentHash(clip.id(), hash);
        return hash;
    }
}
