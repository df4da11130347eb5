package org.tagbench.ml.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.TimeCrop;

/**
 * Scores whole clips with one or more models through the windows {@link ClipWindows} chooses: the one path that
 * inference ({@code ClipTagger}) and a fold's validation (the out-of-fold predictions) share, so a clip is judged
 * the same way in both. Windows are chosen on the clip's log-mel as it is and cut from the standardised clip when
 * the plan standardises; each model's window probabilities are averaged per clip.
 *
 * @param windows which windows of a clip are scored
 * @param standardizeClips each clip standardised ({@link ClipStandardizer}) before it is cut
 * @param maxBatchFrames upper bound on windows x frames per forward pass, to cap memory
 * @param padValue fills a window beyond the clip: NaN pads a spectrogram with its minimum (its silence), a number (0
 *                 for a waveform) pads with that number
 */
public record WindowScoring(ClipWindows windows, boolean standardizeClips, int maxBatchFrames, float padValue) {
    /**
     * Full-length batches only join clips whose lengths differ by at most this share, so padding (which the network
     * sees as quiet frames) changes no clip by more than that.
     */
    public static final double FULL_LENGTH_TOLERANCE = 0.1;
    /** Roughly 64 windows of 128 frames per forward pass. */
    public static final int DEFAULT_MAX_BATCH_FRAMES = 64 * 128;

    /**
     * Probabilities {@code [windows][classes]} of one model for windows of equal size {@code [bands][frames]}, with
     * each window's second input (its clip's global-feature input) or null for a network without one.
     */
    @FunctionalInterface
    public interface Model {
        float[][] probabilities(List<float[][]> windows, List<float[]> globalInputs);
    }

    /** Spectrogram windows, padded with the clip's minimum. */
    public WindowScoring(ClipWindows windows, boolean standardizeClips, int maxBatchFrames) {
        this(windows, standardizeClips, maxBatchFrames, Float.NaN);
    }

    public WindowScoring {
        if (maxBatchFrames < windows.frames()) {
            throw new IllegalArgumentException("maxBatchFrames " + maxBatchFrames + " is below one window of "
                    + windows.frames() + " frames");
        }
    }

    /** Per model, probabilities {@code [clips][classes]} of {@code logMels} (clips may differ in length). */
    public List<float[][]> score(List<float[][]> logMels, List<? extends Model> models) {
        return score(logMels, null, models);
    }

    /**
     * The same for a network with a second input: {@code globalInputs} holds each clip's global-feature input in the
     * order of {@code logMels} (null for a network without one); every window of a clip gets its clip's.
     */
    public List<float[][]> score(List<float[][]> logMels, List<float[]> globalInputs, List<? extends Model> models) {
        if (globalInputs != null && globalInputs.size() != logMels.size()) {
            throw new IllegalArgumentException(globalInputs.size() + " global inputs for " + logMels.size() + " clips");
        }
        List<float[][]> inputs = standardizeClips ? logMels.stream().map(ClipStandardizer::standardize).toList() : logMels;
        return windows.kind() == ClipWindows.Kind.FULL ? fullLength(inputs, globalInputs, models)
                : windowed(logMels, inputs, globalInputs, models);
    }

    /** All windows of all clips scored in batches, then averaged per clip. */
    private List<float[][]> windowed(List<float[][]> logMels, List<float[][]> inputs, List<float[]> globalInputs,
            List<? extends Model> models) {
        List<float[][]> cut = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<float[]> cutGlobals = globalInputs == null ? null : new ArrayList<>();
        for (int i = 0; i < logMels.size(); i++) {
            float[][] input = inputs.get(i);
            float pad = padFor(input);
            for (int start : windows.starts(logMels.get(i))) {
                cut.add(TimeCrop.crop(input, start, windows.frames(), pad));
                owners.add(i);
                if (cutGlobals != null) {
                    cutGlobals.add(globalInputs.get(i));
                }
            }
        }
        List<float[][]> perModel = new ArrayList<>();
        for (Model model : models) {
            perModel.add(averagePerClip(scoreInBatches(model, cut, cutGlobals), owners, logMels.size()));
        }
        return perModel;
    }

    private float padFor(float[][] clip) {
        return Float.isNaN(padValue) ? TimeCrop.minimum(clip) : padValue;
    }

    /**
     * Whole clips, sorted by length and batched with clips of similar length (3rd place), each padded with its
     * minimum to the longest clip of its batch (and at least one window); see {@link #FULL_LENGTH_TOLERANCE}.
     */
    private List<float[][]> fullLength(List<float[][]> clips, List<float[]> globalInputs, List<? extends Model> models) {
        Integer[] byLength = new Integer[clips.size()];
        for (int i = 0; i < byLength.length; i++) {
            byLength[i] = i;
        }
        Arrays.sort(byLength, Comparator.comparingInt(i -> clips.get(i)[0].length));
        List<float[][]> perModel = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            perModel.add(new float[clips.size()][]);
        }
        int first = 0;
        while (first < byLength.length) {
            int end = first + 1;
            int shortest = paddedLength(clips.get(byLength[first]));
            while (end < byLength.length && (end - first + 1) * paddedLength(clips.get(byLength[end])) <= maxBatchFrames
                    && paddedLength(clips.get(byLength[end])) <= shortest * (1 + FULL_LENGTH_TOLERANCE)) {
                end++;
            }
            int length = paddedLength(clips.get(byLength[end - 1]));
            List<float[][]> batch = new ArrayList<>();
            List<float[]> batchGlobals = globalInputs == null ? null : new ArrayList<>();
            for (int k = first; k < end; k++) {
                float[][] clip = clips.get(byLength[k]);
                batch.add(TimeCrop.crop(clip, 0, length, padFor(clip)));
                if (batchGlobals != null) {
                    batchGlobals.add(globalInputs.get(byLength[k]));
                }
            }
            for (int m = 0; m < models.size(); m++) {
                float[][] rows = models.get(m).probabilities(batch, batchGlobals);
                for (int k = first; k < end; k++) {
                    perModel.get(m)[byLength[k]] = rows[k - first];
                }
            }
            first = end;
        }
        return perModel;
    }

    private int paddedLength(float[][] clip) {
        return windows.windowFrames(clip[0].length);
    }

    private float[][] scoreInBatches(Model model, List<float[][]> cut, List<float[]> globalInputs) {
        int batch = Math.max(1, maxBatchFrames / windows.frames());
        float[][] out = new float[cut.size()][];
        for (int start = 0; start < cut.size(); start += batch) {
            int end = Math.min(cut.size(), start + batch);
            float[][] rows = model.probabilities(cut.subList(start, end),
                    globalInputs == null ? null : globalInputs.subList(start, end));
            System.arraycopy(rows, 0, out, start, rows.length);
        }
        return out;
    }

    /** Windows of equal size laid out as one {@code [windows, 1, bands, frames]} array, row-major. */
    public static float[] flatten(List<float[][]> windows) {
        int bands = windows.get(0).length;
        int frames = windows.get(0)[0].length;
        float[] flat = new float[windows.size() * bands * frames];
        for (int i = 0; i < windows.size(); i++) {
            for (int m = 0; m < bands; m++) {
                System.arraycopy(windows.get(i)[m], 0, flat, (i * bands + m) * frames, frames);
            }
        }
        return flat;
    }

    /** Rows of equal length side by side in one array, or null for null (a network without a second input). */
    public static float[] flattenRows(List<float[]> rows) {
        if (rows == null) {
            return null;
        }
        int size = rows.get(0).length;
        float[] flat = new float[rows.size() * size];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, i * size, size);
        }
        return flat;
    }

    /** A flat {@code [rows, classes]} array split into its rows. */
    public static float[][] rows(float[] flat, int rows) {
        int classes = flat.length / rows;
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(flat, i * classes, (i + 1) * classes);
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
}
