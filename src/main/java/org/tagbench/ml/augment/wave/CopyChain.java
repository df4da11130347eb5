package org.tagbench.ml.augment.wave;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One offline augmented copy of a clip: the effects applied in order (the 7th place's presets), or the 3rd place's
 * random chain, drawn from {@code seed}. Applying it twice to the same samples gives the same copy.
 */
public record CopyChain(CopyStyle style, List<WaveAugmentation> effects, long seed) {
    public CopyChain {
        effects = List.copyOf(effects);
    }

    public float[] apply(float[] samples, int sampleRate) {
        SplittableRandom random = new SplittableRandom(seed);
        if (style == CopyStyle.THIRD_PLACE) {
            return ThirdPlaceChain.apply(samples, sampleRate, random);
        }
        float[] augmented = samples;
        for (WaveAugmentation effect : effects) {
            augmented = effect.apply(augmented, sampleRate, random);
        }
        return augmented;
    }

    /** For logs and reports, e.g. {@code pitch-down+reverb} or {@code third-place}. */
    public String describe() {
        if (style == CopyStyle.THIRD_PLACE) {
            return style.styleName();
        }
        return effects.stream().map(WaveAugmentation::presetName).collect(Collectors.joining("+"));
    }
}
