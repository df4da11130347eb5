package org.tagbench.ml.infer;

import java.util.List;
import org.tagbench.ml.data.WindowScoring;

/**
 * Predicts clips with the fold models of one trained run: cut each log-mel into windows (tiles,
 * random or strength-adaptive crops, or the full clip) and average the windows' probabilities per
 * fold ({@link WindowScoring}, shared with the out-of-fold predictions), then merge the folds by mean
 * or geometric mean.
 *
 * <p>Not for concurrent use (the fold models keep native state): one tagger per thread.
 */
public final class ClipTagger implements AutoCloseable {
    /** Clips cut and scored together; bounds the memory held by their windows. */
    static final int CLIPS_PER_CHUNK = 32;

    private final List<FoldModel> folds;
    private final InferenceSettings settings;
    private final List<String> classes;

    ClipTagger(List<FoldModel> folds, InferenceSettings settings, List<String> classes) {
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("a tagger needs at least one fold model");
        }
        this.folds = List.copyOf(folds);
        this.settings = settings;
        this.classes = List.copyOf(classes);
    }

    public List<String> classes() {
        return classes;
    }

    public InferenceSettings settings() {
        return settings;
    }

    public int foldCount() {
        return folds.size();
    }

    /** Probabilities, one per class in {@link #classes()} order, for one log-mel {@code [mels][frames]}. */
    public float[] predict(float[][] logMel) {
        return predictAll(java.util.Collections.singletonList(logMel))[0];
    }

    /** Probabilities {@code [clips][classes]}; clips may differ in length. */
    public float[][] predictAll(List<float[][]> logMels) {
        return predictAll(logMels, scored -> { });
    }

    /** The same, telling {@code clipsScored} how many clips are done after each chunk (a progress bar's steps). */
    public float[][] predictAll(List<float[][]> logMels, java.util.function.IntConsumer clipsScored) {
        return predictAll(logMels, null, clipsScored);
    }

    /**
     * The same for a network with a second input: {@code globalInputs} has each clip's global-feature input, in the
     * order of {@code logMels} (null for a network without one); every window of a clip gets its clip's.
     */
    public float[][] predictAll(List<float[][]> logMels, List<float[]> globalInputs,
            java.util.function.IntConsumer clipsScored) {
        if (globalInputs != null && globalInputs.size() != logMels.size()) {
            throw new IllegalArgumentException(globalInputs.size() + " global inputs for " + logMels.size() + " clips");
        }
        WindowScoring scoring = settings.scoring();
        float[][] out = new float[logMels.size()][];
        for (int start = 0; start < logMels.size(); start += CLIPS_PER_CHUNK) {
            int end = Math.min(logMels.size(), start + CLIPS_PER_CHUNK);
            List<float[][]> chunk = logMels.subList(start, end);
            List<float[]> globals = globalInputs == null ? null : globalInputs.subList(start, end);
            float[][] predicted = mergeFolds(scoring.score(chunk, globals, folds));
            System.arraycopy(predicted, 0, out, start, predicted.length);
            clipsScored.accept(start + predicted.length);
        }
        return out;
    }

    private float[][] mergeFolds(List<float[][]> perFold) {
        if (perFold.size() == 1) {
            return perFold.get(0);
        }
        return settings.geometricFoldAverage() ? Combiners.geometricMean(perFold) : Combiners.mean(perFold);
    }

    @Override
    public void close() {
        for (FoldModel fold : folds) {
            fold.close();
        }
    }
}
