package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * SpecAugment's frequency and time masking (no time warping), as the 1st place used it: draw 1 to
 * {@code maxMaskPairs} pairs; each pair masks a band of up to {@code maxFrequencyFraction} of the mel
 * bins and a span of up to {@code maxTimeFraction} of the frames, at uniform positions, filled with the
 * spectrogram's minimum.
 */
public record SpecAugment(int maxMaskPairs, double maxFrequencyFraction, double maxTimeFraction)
        implements SpectrogramTransform {
    /** TECHNIQUES 4.1: {@code SpecAugment(num_mask=2, freq_masking=0.15, time_masking=0.20)}. */
    public static final SpecAugment FIRST_PLACE = new SpecAugment(2, 0.15, 0.20);

    public SpecAugment {
        if (maxMaskPairs < 1) {
            throw new IllegalArgumentException("at least one mask pair is needed, got " + maxMaskPairs);
        }
        requireFraction(maxFrequencyFraction);
        requireFraction(maxTimeFraction);
    }

    @Override
    public float[][] apply(float[][] spectrogram, RandomGenerator random) {
        Spectrograms.requireRectangular(spectrogram);
        float[][] masked = Spectrograms.copy(spectrogram);
        float fill = Spectrograms.min(spectrogram);
        int mels = spectrogram.length;
        int frames = spectrogram[0].length;
        int pairs = random.nextInt(1, maxMaskPairs + 1);
        for (int pair = 0; pair < pairs; pair++) {
            int bandWidth = (int) (random.nextDouble(0, maxFrequencyFraction) * mels);
            int bandStart = random.nextInt(mels - bandWidth + 1);
            maskMels(masked, bandStart, bandWidth, fill);
            int spanLength = (int) (random.nextDouble(0, maxTimeFraction) * frames);
            int spanStart = random.nextInt(frames - spanLength + 1);
            maskFrames(masked, spanStart, spanLength, fill);
        }
        return masked;
    }

    /** Sets mel bins {@code [start, start + width)} over all frames to {@code fill}, in place. */
    static void maskMels(float[][] target, int start, int width, float fill) {
        Spectrograms.fillRectangle(target, start, width, 0, target[0].length, fill);
    }

    /** Sets frames {@code [start, start + length)} over all mel bins to {@code fill}, in place. */
    static void maskFrames(float[][] target, int start, int length, float fill) {
        Spectrograms.fillRectangle(target, 0, target.length, start, length, fill);
    }

    private static void requireFraction(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("mask fraction must lie in (0, 1], got " + fraction);
        }
    }
}
