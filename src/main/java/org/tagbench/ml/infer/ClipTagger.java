package org.tagbench.ml.infer;

import org.tagbench.ml.data.ClipStandardizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.tagbench.ml.data.Seeds;
import org.tagbench.ml.data.TimeCrop;

/**
 * Predicts clips with the fold models of one trained run: cut each log-mel into windows (tiles,
 * random or strength-adaptive crops, or the full clip), average the windows' probabilities per
 * fold, then merge the folds by mean or geometric mean.
 *
 * <p>Not for concurrent use (the fold models keep native state): one tagger per thread.
 */
public final class ClipTagger implements AutoCloseable {
    /** Clips cut and scored together; bounds the memory held by their windows. */
    static final int CLIPS_PER_CHUNK = 32;
    /**
     * Full-length batches only join clips whose lengths differ by at most this share, so padding
     * (which the network sees as quiet frames) changes no clip by more than that.
     */
    static final double FULL_LENGTH_TOLERANCE = 0.1;

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
        if (settings.standardizeClips()) {
            logMels = logMels.stream().map(ClipStandardizer::standardize).toList();
        }
        float[][] out = new float[logMels.size()][];
        for (int start = 0; start < logMels.size(); start += CLIPS_PER_CHUNK) {
            int end = Math.min(logMels.size(), start + CLIPS_PER_CHUNK);
            List<float[][]> chunk = logMels.subList(start, end);
            List<float[]> globals = globalInputs == null ? null : globalInputs.subList(start, end);
            float[][] predicted = settings.mode() == InferenceSettings.Mode.FULL ? fullLength(chunk, globals)
                    : windowed(chunk, globals);
            System.arraycopy(predicted, 0, out, start, predicted.length);
            clipsScored.accept(start + predicted.length);
        }
        return out;
    }

    /** Per fold: all windows of all clips scored in batches, then averaged per clip. */
    private float[][] windowed(List<float[][]> clips, List<float[]> globals) {
        List<float[][]> windows = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<float[]> windowGlobals = globals == null ? null : new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            float[][] clip = clips.get(i);
            for (int start : starts(clip)) {
                windows.add(window(clip, start, settings.frames()));
                owners.add(i);
                if (windowGlobals != null) {
                    windowGlobals.add(globals.get(i));
                }
            }
        }
        List<float[][]> perFold = new ArrayList<>();
        for (FoldModel fold : folds) {
            float[][] windowProbabilities = scoreInBatches(fold, windows, windowGlobals);
            perFold.add(averagePerClip(windowProbabilities, owners, clips.size()));
        }
        return mergeFolds(perFold);
    }

    /**
     * Whole clips, sorted by length and batched with clips of similar length (3rd place), each padded
     * with its minimum to the longest clip of its batch (and at least one window); see
     * {@link #FULL_LENGTH_TOLERANCE}.
     */
    private float[][] fullLength(List<float[][]> clips, List<float[]> globals) {
        Integer[] byLength = new Integer[clips.size()];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt(i -> clips.get(i)[0].length));
        List<float[][]> perFold = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            perFold.add(new float[clips.size()][]);
        }
        int first = 0;
        while (first < byLength.length) {
            int end = first + 1;
            int shortest = paddedLength(clips.get(byLength[first]));
            while (end < byLength.length && (end - first + 1) * paddedLength(clips.get(byLength[end]))
                    <= settings.maxBatchFrames()
                    && paddedLength(clips.get(byLength[end])) <= shortest * (1 + FULL_LENGTH_TOLERANCE)) {
                end++;
            }
            int length = paddedLength(clips.get(byLength[end - 1]));
            List<float[][]> batch = new ArrayList<>();
            List<float[]> batchGlobals = globals == null ? null : new ArrayList<>();
            for (int k = first; k < end; k++) {
                batch.add(window(clips.get(byLength[k]), 0, length));
                if (batchGlobals != null) {
                    batchGlobals.add(globals.get(byLength[k]));
                }
            }
            for (int f = 0; f < folds.size(); f++) {
                float[][] rows = folds.get(f).probabilities(batch, batchGlobals);
                for (int k = first; k < end; k++) {
                    perFold.get(f)[byLength[k]] = rows[k - first];
                }
            }
            first = end;
        }
        return mergeFolds(perFold);
    }

    private int paddedLength(float[][] clip) {
        return Math.max(settings.frames(), clip[0].length);
    }

    private int[] starts(float[][] clip) {
        int length = clip[0].length;
        Random random = new Random(Seeds.mix(settings.seed(), length, Float.floatToIntBits(clip[0][0])));
        return switch (settings.mode()) {
            case TILES -> Windows.tileStarts(length, settings.frames(), settings.step());
            case CROPS -> Windows.randomStarts(length, settings.frames(), settings.crops(), random);
            case ADAPTIVE_CROPS -> Windows.strengthAdaptiveStarts(clip, settings.frames(), settings.crops(), random);
            case FULL -> throw new IllegalStateException("full-length clips are not cut into windows");
        };
    }

    /** Frames {@code [start, start + frames)} of the clip, padded as the plan's input kind pads. */
    private float[][] window(float[][] clip, int start, int frames) {
        return Float.isNaN(settings.padValue()) ? TimeCrop.window(clip, start, frames)
                : TimeCrop.window(clip, start, frames, settings.padValue());
    }

    private float[][] scoreInBatches(FoldModel fold, List<float[][]> windows, List<float[]> globals) {
        int batch = Math.max(1, settings.maxBatchFrames() / settings.frames());
        float[][] out = new float[windows.size()][];
        for (int start = 0; start < windows.size(); start += batch) {
            int end = Math.min(windows.size(), start + batch);
            float[][] rows = fold.probabilities(windows.subList(start, end), globals == null ? null : globals.subList(start, end));
            System.arraycopy(rows, 0, out, start, rows.length);
        }
        return out;
    }

    private static float[][] averagePerClip(float[][] windowProbabilities, List<Integer> owners, int clips) {
        int classes = windowProbabilities[0].length;
        float[][] sums = new float[clips][classes];
        int[] counts = new int[clips];
        for (int w = 0; w < windowProbabilities.length; w++) {
            int owner = owners.get(w);
            counts[owner]++;
            for (int c = 0; c < classes; c++) {
                sums[owner][c] += windowProbabilities[w][c];
            }
        }
        for (int i = 0; i < clips; i++) {
            for (int c = 0; c < classes; c++) {
                sums[i][c] /= counts[i];
            }
        }
        return sums;
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
