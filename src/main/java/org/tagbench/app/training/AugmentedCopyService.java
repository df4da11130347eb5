package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ParallelClips;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.ml.augment.wave.CopyChain;
import org.tagbench.ml.augment.wave.CopyStyle;
import org.tagbench.ml.data.Seeds;
import org.tagbench.ml.train.TrainingPlan.AugmentedCopiesSpec;
import org.tagbench.store.ClipRecord;

/**
 * The offline augmented copies of a training plan (the 7th place's curated set 8x): each copy is the clip decoded,
 * run through its seeded effect chain, trimmed and turned into log-mel, and cached like features under the clip's
 * content hash and a key naming the feature recipe, copy style, effects version, seed and copy number. The chains
 * depend only on those, so a second training reads no audio and recomputes nothing. Clips run in parallel; a cancel
 * stops at the next copy.
 */
public final class AugmentedCopyService {
    private final Workspace workspace;
    private final FeatureService features;

    public AugmentedCopyService(Workspace workspace) {
        this.workspace = workspace;
        this.features = new FeatureService(workspace);
    }

    /** The copies of each clip (by fname, in copy order; clips that failed are absent) and what they cost. */
    public record Copies(Map<ClipId, List<float[][]>> byClip, CopyReport report) {}

    /** The feature cache key of copy {@code index} of {@code spec} on top of {@code recipe}. */
    public static String cacheKey(FeatureRecipe recipe, AugmentedCopiesSpec spec, int index) {
        return recipe.cacheKey() + "|copy=" + spec.copyStyle().styleName() + "," + CopyStyle.EFFECTS_VERSION
                + ",seed=" + spec.seed() + ",index=" + index;
    }

    /** The chains of a clip's copies; they depend on its content, not its name. */
    public static List<CopyChain> chains(AugmentedCopiesSpec spec, String contentHash) {
        long clipSeed = Seeds.mix(spec.seed(), Long.parseUnsignedLong(contentHash.substring(0, 16), 16));
        return spec.copyStyle().chains(spec.count(), clipSeed);
    }

    public Copies copiesOf(List<ClipRecord> clips, AugmentedCopiesSpec spec, FeatureRecipe recipe, int threads,
                           JobContext context) throws InterruptedException {
        long started = System.nanoTime();
        Map<ClipId, List<float[][]>> byClip = new ConcurrentHashMap<>();
        AtomicInteger made = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<MelSpectrogram> extractors = ThreadLocal.withInitial(() -> new MelSpectrogram(recipe.mel()));
        ParallelClips.forEach(clips, ClipRecord::fname, threads, context, clip -> {
            try {
                byClip.put(clip.fname(), copiesOf(clip, spec, recipe, extractors.get(), made, context));
            } catch (IOException e) {
                failures.add(clip.fname() + ": augmented copies skipped: " + e.getMessage());
            }
        });
        int all = byClip.values().stream().mapToInt(List::size).sum();
        CopyReport report = new CopyReport(made.get(), all - made.get(), failures, (System.nanoTime() - started) / 1e9);
        return new Copies(Map.copyOf(byClip), report);
    }

    private List<float[][]> copiesOf(ClipRecord clip, AugmentedCopiesSpec spec, FeatureRecipe recipe,
                                     MelSpectrogram extractor, AtomicInteger made, JobContext context) throws IOException {
        String hash = features.contentHash(clip);
        List<CopyChain> chains = chains(spec, hash);
        float[] samples = null;
        List<float[][]> copies = new ArrayList<>();
        for (int index = 0; index < chains.size(); index++) {
            context.cancellation().throwIfCancelled();
            String key = cacheKey(recipe, spec, index);
            Optional<float[][]> cached = workspace.features().get(hash, key);
            if (cached.isEmpty()) {
                samples = samples == null ? FeatureService.decode(features.fileOf(clip), recipe) : samples;
                made.incrementAndGet();
            }
            copies.add(cached.isPresent() ? cached.get() : make(chains.get(index), samples, recipe, extractor, hash, key));
        }
        return copies;
    }

    /** Augments, trims, computes the log-mel and caches it. */
    private float[][] make(CopyChain chain, float[] samples, FeatureRecipe recipe, MelSpectrogram extractor, String hash,
                           String key) throws IOException {
        float[] augmented = chain.apply(samples, recipe.sampleRate());
        float[][] logMel = FeatureService.fromSamples(augmented, recipe, extractor);
        workspace.features().put(hash, key, logMel);
        return logMel;
    }
}
