package org.tagbench.dsp;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How one crop start is drawn from a clip: the one sampler that training crops, mixup partners, test-time crops and
 * the window's Crops overlay all use.
 */
public enum CropSampler {
    /** Every start inside the clip equally likely ({@link TimeCrop#uniformStart}). */
    UNIFORM("random"),
    /** The 7th place's sampler ({@link StrengthAdaptiveCrop}): loud windows more likely. */
    STRENGTH_ADAPTIVE("strength-adaptive");

    private final String presetName;

    CropSampler(String presetName) {
        this.presetName = presetName;
    }

    /** The name a preset's {@code trainingCrop} uses: {@code random} or {@code strength-adaptive}. */
    public String presetName() {
        return presetName;
    }

    public static CropSampler byPresetName(String name) {
        String normalized = name == null ? "random" : name.strip().toLowerCase(Locale.ROOT);
        for (CropSampler sampler : values()) {
            if (sampler.presetName.equals(normalized)) {
                return sampler;
            }
        }
        throw new IllegalArgumentException("unknown crop sampler '" + name + "': use random or strength-adaptive");
    }

    /**
     * A start for a window of {@code frames} in {@code scored}, a clip's log-mel on its decibel scale: the 7th place
     * scored windows on dB values, so the strength-adaptive draw must see them before any per-clip standardisation
     * (on standardised values, window sums differ by less than the kernel's integer draw resolves).
     */
    public int start(float[][] scored, int frames, RandomGenerator random) {
        return switch (this) {
            case UNIFORM -> TimeCrop.uniformStart(scored[0].length, frames, random);
            case STRENGTH_ADAPTIVE -> StrengthAdaptiveCrop.seventhPlaceBands(scored, frames).sampleStart(random);
        };
    }

    /**
     * A training sample: a start drawn on {@code scored}, cut from {@code input} (the same clip as the network sees
     * it, e.g. standardised). Uniform crops pad a short clip by wrapping or with the minimum, chosen at random with
     * p = 1/2 (the 1st place); strength-adaptive crops centre a short clip in silence (the 7th place's 2-s padding).
     */
    public float[][] cut(float[][] scored, float[][] input, int frames, RandomGenerator random) {
        if (this == UNIFORM) {
            TimeCrop.Padding padding = random.nextBoolean() ? TimeCrop.Padding.WRAP : TimeCrop.Padding.MINIMUM;
            return TimeCrop.crop(input, start(scored, frames, random), frames, padding);
        }
        return TimeCrop.crop(input, start(scored, frames, random), frames, TimeCrop.Padding.MINIMUM);
    }
}
