package org.tagbench.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 7th place's strength-adaptive crop over a clip's spectrogram (TECHNIQUES.md 4.5): the strength of every
 * candidate window of {@code width} frames is the sum of its lowest 84/128 of the mel bands, and crop starts are
 * drawn with probability proportional to (strength - weakest strength). The solution summed a per-clip
 * standardised uint8 image; an affine map of the decibels leaves those weights unchanged up to scale, so the
 * decibels are summed directly. Tiles are the inference windows: one every {@code step} frames, the last one
 * flush with the end of the clip.
 */
public final class CropOverlay {
    public static final int CROP_FRAMES = 128;
    private static final double SUMMED_BAND_SHARE = 84.0 / 128.0;

    private final double[] strengths;
    private final int width;

    private CropOverlay(double[] strengths, int width) {
        this.strengths = strengths;
        this.width = width;
    }

    /** Window strengths of a complete spectrogram; a clip shorter than one window has a single window at 0. */
    public static CropOverlay of(ClipSpectrogram spectrogram, int width) {
        int frames = spectrogram.frames();
        int bands = (int) Math.round(spectrogram.bands() * SUMMED_BAND_SHARE);
        double[] columnSums = new double[frames];
        for (int band = 0; band < bands; band++) {
            for (int frame = 0; frame < frames; frame++) {
                columnSums[frame] += spectrogram.value(band, frame);
            }
        }
        int windows = Math.max(1, frames - width + 1);
        double[] strengths = new double[windows];
        double running = 0;
        for (int frame = 0; frame < Math.min(width, frames); frame++) {
            running += columnSums[frame];
        }
        strengths[0] = running;
        for (int start = 1; start < windows; start++) {
            running += columnSums[start + width - 1] - columnSums[start - 1];
            strengths[start] = running;
        }
        return new CropOverlay(strengths, width);
    }

    /** Strength of each window start, scaled to [0, 1] (weakest 0, strongest 1). */
    public double[] normalisedStrengths() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double strength : strengths) {
            min = Math.min(min, strength);
            max = Math.max(max, strength);
        }
        double range = max - min;
        double[] scaled = new double[strengths.length];
        for (int i = 0; i < strengths.length; i++) {
            scaled[i] = range > 0 ? (strengths[i] - min) / range : 1;
        }
        return scaled;
    }

    /** {@code count} crop starts drawn with weights (strength - min); the same seed gives the same starts. */
    public int[] sampleStarts(int count, long seed) {
        double[] weights = normalisedStrengths();
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] starts = new int[count];
        for (int k = 0; k < count; k++) {
            starts[k] = total > 0 ? firstAtLeast(cumulative, random.nextDouble() * total) : 0;
        }
        return starts;
    }

    private static int firstAtLeast(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    public int width() {
        return width;
    }

    /** Start frames of the inference tiles of {@code width} frames every {@code step} frames. */
    public static List<Integer> tileStarts(int frames, int width, int step) {
        List<Integer> starts = new ArrayList<>();
        if (frames <= width) {
            starts.add(0);
            return starts;
        }
        for (int start = 0; start + width < frames; start += step) {
            starts.add(start);
        }
        starts.add(frames - width);
        return starts;
    }
}
