package org.tagbench.ml.augment.wave;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The waveform augmentations by name: the 7th place's seven SoX presets plus overdrive and time stretch.
 * Presets are fixed effects; {@code time-stretch} draws its rate uniformly in [0.8, 1.25] from the given random.
 */
public enum WaveAugmentation {
    PITCH_DOWN("pitch-down", (samples, rate, random) -> new PitchShift(-500).apply(samples, rate)),
    PITCH_UP("pitch-up", (samples, rate, random) -> new PitchShift(500).apply(samples, rate)),
    FADE("fade", (samples, rate, random) -> Fade.SEVENTH_PLACE.apply(samples, rate)),
    REVERB("reverb", (samples, rate, random) -> Reverb.SOX_DEFAULT.apply(samples, rate)),
    TREBLE_BASS_UP("treble-bass-up", (samples, rate, random) -> new ShelvingEq(20, 20).apply(samples, rate)),
    TREBLE_BASS_DOWN("treble-bass-down", (samples, rate, random) -> new ShelvingEq(-30, -30).apply(samples, rate)),
    EQUALIZER("equalizer", (samples, rate, random) -> PeakingEq.SEVENTH_PLACE.apply(samples, rate)),
    OVERDRIVE("overdrive", (samples, rate, random) -> Overdrive.SOX_DEFAULT.apply(samples, rate)),
    TIME_STRETCH("time-stretch",
            (samples, rate, random) -> new TimeStretch(random.nextDouble(0.8, 1.25)).apply(samples, rate));

    /** The 7th place's presets, in the order of their write-up. */
    public static final List<WaveAugmentation> SEVENTH_PLACE =
            List.of(PITCH_DOWN, PITCH_UP, FADE, REVERB, TREBLE_BASS_UP, TREBLE_BASS_DOWN, EQUALIZER);

    @FunctionalInterface
    private interface Effect {
        float[] apply(float[] samples, int sampleRate, RandomGenerator random);
    }

    private final String presetName;
    private final Effect effect;

    WaveAugmentation(String presetName, Effect effect) {
        this.presetName = presetName;
        this.effect = effect;
    }

    public String presetName() {
        return presetName;
    }

    public static Optional<WaveAugmentation> byName(String name) {
        for (WaveAugmentation augmentation : values()) {
            if (augmentation.presetName.equals(name)) {
                return Optional.of(augmentation);
            }
        }
        return Optional.empty();
    }

    /** Mono float in [-1, 1] out; length kept except for {@code time-stretch} (see {@link TimeStretch}). */
    public float[] apply(float[] samples, int sampleRate, RandomGenerator random) {
        return effect.apply(samples, sampleRate, random);
    }
}
