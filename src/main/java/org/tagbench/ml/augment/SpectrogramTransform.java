package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/** A seeded spectrogram-to-spectrogram augmentation, so pipelines can be composed and randomised. */
@FunctionalInterface
public interface SpectrogramTransform {
    float[][] apply(float[][] spectrogram, RandomGenerator random);

    default SpectrogramTransform andThen(SpectrogramTransform next) {
        return (spectrogram, random) -> next.apply(apply(spectrogram, random), random);
    }

    /** Applies this transform with the given probability and passes the input through otherwise. */
    default SpectrogramTransform withProbability(double probability) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must lie in [0, 1], got " + probability);
        }
        return (spectrogram, random) -> random.nextDouble() < probability ? apply(spectrogram, random) : spectrogram;
    }
}
