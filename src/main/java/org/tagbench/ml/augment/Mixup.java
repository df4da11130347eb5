package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * Mixes two examples of the same shape: {@code x = (1 - lambda) a + lambda b}. The targets are either
 * mixed with the same weight ({@link #weighted}) or united with the OR rule ({@link #orRule}: a class
 * present in either clip is present, as in the 3rd place, whose README found weighted targets worse).
 */
public final class Mixup {
    private Mixup() {}

    /** Inputs and targets both mixed with weight {@code lambda} on the second example. */
    public static LabeledSpectrogram weighted(LabeledSpectrogram first, LabeledSpectrogram second, double lambda) {
        return new LabeledSpectrogram(mixInputs(first, second, lambda), mixTargets(first.targets(), second.targets(), lambda));
    }

    /**
     * The 2nd place's fixed-ratio mixup: {@code firstShare * a + (1 - firstShare) * b} for inputs and
     * targets alike ({@code firstShare = 0.7} there).
     */
    public static LabeledSpectrogram fixedRatio(LabeledSpectrogram first, LabeledSpectrogram second, double firstShare) {
        return weighted(first, second, 1 - firstShare);
    }

    /** Inputs mixed with weight {@code lambda}; targets {@code min(1, a + b)}. */
    public static LabeledSpectrogram orRule(LabeledSpectrogram first, LabeledSpectrogram second, double lambda) {
        float[] targets = new float[first.targets().length];
        requireSameClasses(first.targets(), second.targets());
        for (int k = 0; k < targets.length; k++) {
            targets[k] = Math.min(1f, first.targets()[k] + second.targets()[k]);
        }
        return new LabeledSpectrogram(mixInputs(first, second, lambda), targets);
    }

    /** A mixing weight from Beta(alpha, alpha), the usual mixup prior (alpha = 1 is uniform). */
    public static double betaLambda(RandomGenerator random, double alpha) {
        return BetaDistribution.sample(random, alpha, alpha);
    }

    static float[][] mixInputs(LabeledSpectrogram first, LabeledSpectrogram second, double lambda) {
        requireWeight(lambda);
        Spectrograms.requireSameShape(first.spectrogram(), second.spectrogram());
        float[][] mixed = new float[first.mels()][first.frames()];
        float keep = (float) (1 - lambda);
        float take = (float) lambda;
        for (int mel = 0; mel < mixed.length; mel++) {
            for (int frame = 0; frame < mixed[0].length; frame++) {
                mixed[mel][frame] = keep * first.spectrogram()[mel][frame] + take * second.spectrogram()[mel][frame];
            }
        }
        return mixed;
    }

    static float[] mixTargets(float[] first, float[] second, double lambda) {
        requireWeight(lambda);
        requireSameClasses(first, second);
        float[] mixed = new float[first.length];
        for (int k = 0; k < mixed.length; k++) {
            mixed[k] = (float) ((1 - lambda) * first[k] + lambda * second[k]);
        }
        return mixed;
    }

    private static void requireWeight(double lambda) {
        if (!(lambda >= 0 && lambda <= 1)) {
            throw new IllegalArgumentException("mixing weight must lie in [0, 1], got " + lambda);
        }
    }

    private static void requireSameClasses(float[] first, float[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("target vectors differ in length: " + first.length + " vs " + second.length);
        }
    }
}
