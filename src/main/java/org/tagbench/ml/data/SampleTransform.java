package org.tagbench.ml.data;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * One step of the training augmentation chain: spectrogram and target in, spectrogram and target
 * out. Feature-only operations (SpecAugment, erasing, flips) keep the target; mixers change both.
 * Implementations must not modify their input arrays: the same example is read every epoch.
 */
@FunctionalInterface
public interface SampleTransform {
    LabeledSample apply(LabeledSample sample, AugmentationContext context);

    SampleTransform IDENTITY = (sample, context) -> sample;

    /** Wraps an operation on the spectrogram alone; the target passes through. */
    static SampleTransform onFeatures(BiFunction<float[][], Random, float[][]> operation) {
        Objects.requireNonNull(operation, "operation");
        return (sample, context) -> new LabeledSample(operation.apply(sample.features(), context.random()), sample.target());
    }

    /** Applies {@code transform} with probability {@code p}, else passes the sample through. */
    static SampleTransform withProbability(double p, SampleTransform transform) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("probability must lie in [0, 1], got " + p);
        }
        return (sample, context) -> context.random().nextDouble() < p ? transform.apply(sample, context) : sample;
    }

    /** Runs the steps in order. */
    static SampleTransform chain(List<SampleTransform> steps) {
        List<SampleTransform> copy = List.copyOf(steps);
        return (sample, context) -> {
            LabeledSample current = sample;
            for (SampleTransform step : copy) {
                current = step.apply(current, context);
            }
            return current;
        };
    }
}
