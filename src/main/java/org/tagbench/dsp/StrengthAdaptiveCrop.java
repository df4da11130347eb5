package org.tagbench.dsp;

import java.util.random.RandomGenerator;

/**
 * The 7th place's "Strength Adaptive Crop" (TECHNIQUES 4.5): crop starts drawn with probability growing with the
 * loudness of the window they start, so training crops favour the loud part of a clip.
 *
 * <p>For a matrix X [bands][T] and crop width W, the strength of start j (0 ≤ j ≤ T − W) is the sum of
 * X[0:strengthBands, j:j+W] (the lowest bands). The kernel then draws by rejection: Smin = min S, Smax = max S
 * with the maximum started at 0, H = Smax − Smin (H = Smax when that is 0); repeat r = randint(0, ⌊H·(T − W)⌋),
 * j = ⌊r / H⌋, v = integer part of r mod H, until S[j] − Smin − v ≥ 0 (H = 0 always gives j = 0).
 *
 * <p>This class draws from exactly the distribution that loop accepts, without looping: start j is accepted for
 * the integers r in [j·H, min((j+1)·H, j·H + ⌊S[j] − Smin⌋ + 1)) up to ⌊H·(T − W)⌋, so its probability is that
 * count over the total. Like the original it depends on the value scale: feed what the 7th place fed (dB values or
 * the uint8-scaled image), where window sums differ by many units; on a matrix whose sums differ by less than one
 * unit the integer draw collapses onto few starts, as it would in the kernel.
 *
 * <p>A clip shorter than the crop has one start, {@link TimeCrop#centredStart}: the clip centred in a padded crop,
 * as the 7th and 8th places centre-pad short clips to 2 s. An all-silent clip gets valid starts (all equally likely
 * when the silence is a constant non-zero level, start 0 when the matrix is all zeros).
 */
public final class StrengthAdaptiveCrop {

    public static final int SEVENTH_PLACE_CROP_FRAMES = 128;
    /** 84 of 128 mel bands summed; {@link #seventhPlace} keeps that fraction for other band counts. */
    public static final int SEVENTH_PLACE_STRENGTH_BANDS = 84;
    private static final int SEVENTH_PLACE_BANDS_OF = 128;

    private final int cropFrames;
    private final int firstStart;
    private final double[] strengths;
    private final double[] cumulativeAcceptances;

    private StrengthAdaptiveCrop(int cropFrames, int firstStart, double[] strengths, double[] acceptances) {
        this.cropFrames = cropFrames;
        this.firstStart = firstStart;
        this.strengths = strengths;
        this.cumulativeAcceptances = runningTotals(acceptances);
    }

    public static StrengthAdaptiveCrop of(float[][] melByBand, int cropFrames, int strengthBands) {
        if (cropFrames <= 0) {
            throw new IllegalArgumentException("cropFrames must be positive, got " + cropFrames);
        }
        if (strengthBands <= 0 || strengthBands > melByBand.length) {
            throw new IllegalArgumentException("strengthBands must be in 1.." + melByBand.length + ", got " + strengthBands);
        }
        int frames = melByBand[0].length;
        if (frames < cropFrames) {
            double[] whole = {windowSums(melByBand, strengthBands, frames)[0]};
            return new StrengthAdaptiveCrop(cropFrames, TimeCrop.centredStart(frames, cropFrames), whole,
                    new double[] {1.0});
        }
        double[] strengths = windowSums(melByBand, strengthBands, cropFrames);
        return new StrengthAdaptiveCrop(cropFrames, 0, strengths, acceptanceCounts(strengths));
    }

    /** 128-frame crops scored on the lowest 84/128 of the bands, as the 7th place did on 128-mel images. */
    public static StrengthAdaptiveCrop seventhPlace(float[][] melByBand) {
        return seventhPlaceBands(melByBand, SEVENTH_PLACE_CROP_FRAMES);
    }

    /** Crops of {@code cropFrames} scored on the lowest 84/128 of the bands (the 7th place's share of the rows). */
    public static StrengthAdaptiveCrop seventhPlaceBands(float[][] melByBand, int cropFrames) {
        int bands = Math.max(1, Math.round((float) melByBand.length * SEVENTH_PLACE_STRENGTH_BANDS
                / SEVENTH_PLACE_BANDS_OF));
        return of(melByBand, cropFrames, bands);
    }

    public int cropFrames() {
        return cropFrames;
    }

    /** Number of possible starts: T − W + 1, or 1 for a clip shorter than the crop. */
    public int startCount() {
        return strengths.length;
    }

    /** The start of candidate {@code index}: equal to index, except for a short clip's single centred start. */
    public int start(int index) {
        return firstStart + index;
    }

    /** S per candidate start. */
    public double[] strengths() {
        return strengths.clone();
    }

    /** Probability of each candidate start under the kernel's rejection sampler. */
    public double[] startProbabilities() {
        double total = cumulativeAcceptances[cumulativeAcceptances.length - 1];
        double[] probabilities = new double[cumulativeAcceptances.length];
        double previous = 0;
        for (int j = 0; j < probabilities.length; j++) {
            probabilities[j] = (cumulativeAcceptances[j] - previous) / total;
            previous = cumulativeAcceptances[j];
        }
        return probabilities;
    }

    /** One crop start; crop columns [start, start + cropFrames) with {@link TimeCrop#crop}. */
    public int sampleStart(RandomGenerator rng) {
        double total = cumulativeAcceptances[cumulativeAcceptances.length - 1];
        double target = rng.nextDouble() * total;
        // The first start whose cumulative count exceeds the target; starts with no accepted draw are never hit.
        int low = 0;
        int high = cumulativeAcceptances.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeAcceptances[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return start(low);
    }

    private static double[] runningTotals(double[] values) {
        double[] totals = values.clone();
        for (int j = 1; j < totals.length; j++) {
            totals[j] += totals[j - 1];
        }
        return totals;
    }

    /** Sums of the lowest {@code bands} rows over every window of {@code width} columns, via column prefix sums. */
    private static double[] windowSums(float[][] melByBand, int bands, int width) {
        int frames = melByBand[0].length;
        double[] prefix = new double[frames + 1];
        for (int t = 0; t < frames; t++) {
            double column = 0;
            for (int band = 0; band < bands; band++) {
                column += melByBand[band][t];
            }
            prefix[t + 1] = prefix[t] + column;
        }
        double[] sums = new double[Math.max(1, frames - width + 1)];
        for (int j = 0; j < sums.length; j++) {
            sums[j] = prefix[Math.min(frames, j + width)] - prefix[j];
        }
        return sums;
    }

    /** How many of the kernel's integer draws r in [0, ⌊H·(T − W)⌋] end accepted at each start. */
    private static double[] acceptanceCounts(double[] strengths) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double strength : strengths) {
            min = Math.min(min, strength);
            max = Math.max(max, strength);
        }
        double height = max - min == 0 ? max : max - min;
        double[] counts = new double[strengths.length];
        if (height == 0) {
            counts[0] = 1;
            return counts;
        }
        double lastDraw = Math.floor(height * (strengths.length - 1));
        for (int j = 0; j < strengths.length; j++) {
            double blockStart = j * height;
            double acceptedEnd = Math.min((j + 1) * height, blockStart + Math.floor(strengths[j] - min) + 1);
            double firstDraw = Math.ceil(blockStart);
            double endDraw = Math.min(Math.ceil(acceptedEnd), lastDraw + 1);
            counts[j] = Math.max(0, endDraw - firstDraw);
        }
        return counts;
    }
}
