package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * The 1st place's two mixers (lRomul, src/mixers.py; TECHNIQUES 4.1), one drawn per mixed sample:
 * {@link #sigmoidConcat} with probability 0.6 and {@link #add} with 0.4.
 */
public final class ArgusMixers {
    public static final double SIGMOID_CONCAT_SHARE = 0.6;
    public static final int MIN_RADIUS = 3;
    public static final int MAX_RADIUS = 12;
    public static final double ADD_MAX_ALPHA = 0.5;

    private ArgusMixers() {}

    /** One of the two mixers, drawn as the 1st place drew them. */
    public static LabeledSpectrogram mix(LabeledSpectrogram first, LabeledSpectrogram partner, RandomGenerator random) {
        if (random.nextDouble() < SIGMOID_CONCAT_SHARE) {
            return sigmoidConcat(first, partner, MIN_RADIUS + random.nextInt(MAX_RADIUS - MIN_RADIUS + 1));
        }
        return add(first, partner, random.nextDouble() * ADD_MAX_ALPHA);
    }

    /**
     * A smooth hand-over along time: {@code mask(t) = sigmoid(x_t)} with {@code x = arange(-r, r, 2r/T)}, input
     * {@code mask·a + (1 − mask)·b}, so the start is mostly {@code b} and the end mostly {@code a}; targets
     * {@code min(1, a + b)}, both clips being audible.
     */
    public static LabeledSpectrogram sigmoidConcat(LabeledSpectrogram first, LabeledSpectrogram partner, int radius) {
        Spectrograms.requireSameShape(first.spectrogram(), partner.spectrogram());
        int frames = first.frames();
        float[] mask = new float[frames];
        double step = 2.0 * radius / frames;
        for (int t = 0; t < frames; t++) {
            mask[t] = (float) (1 / (1 + Math.exp(-(-radius + t * step))));
        }
        float[][] mixed = new float[first.mels()][frames];
        for (int mel = 0; mel < mixed.length; mel++) {
            for (int t = 0; t < frames; t++) {
                mixed[mel][t] = mask[t] * first.spectrogram()[mel][t] + (1 - mask[t]) * partner.spectrogram()[mel][t];
            }
        }
        return new LabeledSpectrogram(mixed, Mixup.orRule(first, partner, 0).targets());
    }

    /** {@code (1 − alpha)·a + alpha·b} for inputs and targets, alpha drawn from U(0, 0.5) by {@link #mix}. */
    public static LabeledSpectrogram add(LabeledSpectrogram first, LabeledSpectrogram partner, double alpha) {
        return Mixup.weighted(first, partner, alpha);
    }
}
