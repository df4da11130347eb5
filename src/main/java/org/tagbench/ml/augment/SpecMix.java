package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * SpecMix (8th place, TECHNIQUES 4.6): a band of consecutive mel bins and a span of consecutive
 * frames of the first example are replaced by the same regions of a partner. Band and span are
 * each up to {@code maxFraction} of their axis ({@code masking_max_percentage = 0.25}). The targets
 * are mixed by the share of replaced pixels, {@code a = f/mels + t/frames - (f/mels)(t/frames)},
 * computed here from the whole bins and frames actually replaced.
 */
public final class SpecMix {
    public static final double EIGHTH_PLACE_MAX_FRACTION = 0.25;

    private SpecMix() {}

    public static LabeledSpectrogram apply(
            LabeledSpectrogram first, LabeledSpectrogram partner, double maxFraction, RandomGenerator random) {
        if (!(maxFraction > 0 && maxFraction <= 1)) {
            throw new IllegalArgumentException("maxFraction must lie in (0, 1], got " + maxFraction);
        }
        Spectrograms.requireSameShape(first.spectrogram(), partner.spectrogram());
        int mels = first.mels();
        int frames = first.frames();
        int band = (int) (random.nextDouble(0, maxFraction) * mels);
        int bandStart = random.nextInt(mels - band + 1);
        int span = (int) (random.nextDouble(0, maxFraction) * frames);
        int spanStart = random.nextInt(frames - span + 1);

        float[][] mixed = Spectrograms.copy(first.spectrogram());
        for (int mel = 0; mel < mels; mel++) {
            boolean inBand = mel >= bandStart && mel < bandStart + band;
            for (int frame = 0; frame < frames; frame++) {
                boolean inSpan = frame >= spanStart && frame < spanStart + span;
                if (inBand || inSpan) {
                    mixed[mel][frame] = partner.spectrogram()[mel][frame];
                }
            }
        }
        double bandShare = (double) band / mels;
        double spanShare = (double) span / frames;
        double replaced = bandShare + spanShare - bandShare * spanShare;
        return new LabeledSpectrogram(mixed, Mixup.mixTargets(first.targets(), partner.targets(), replaced));
    }
}
