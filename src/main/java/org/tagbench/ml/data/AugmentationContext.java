package org.tagbench.ml.data;

import java.util.Random;

/**
 * What an augmentation may use besides its sample: a random source seeded for this (epoch, sample),
 * and partners for mixing, drawn from the same source (curated with curated, noisy with noisy) and
 * already cropped to the same length.
 */
public interface AugmentationContext {
    Random random();

    LabeledSample partner();
}
