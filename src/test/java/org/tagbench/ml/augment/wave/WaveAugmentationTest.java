package org.tagbench.ml.augment.wave;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WaveAugmentationTest {

    @Test
    void theSeventhPlacesPresetsAreFoundByName() {
        List<String> names = List.of("pitch-down", "pitch-up", "fade", "reverb", "treble-bass-up",
                "treble-bass-down", "equalizer");
        assertEquals(names, WaveAugmentation.SEVENTH_PLACE.stream().map(WaveAugmentation::presetName).toList());
        for (String name : List.of("overdrive", "time-stretch")) {
            assertTrue(WaveAugmentation.byName(name).isPresent(), name);
        }
        assertTrue(WaveAugmentation.byName("chorus").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(WaveAugmentation.class)
    void silenceOneSampleAndNoiseGiveFiniteOutputOfTheDocumentedLength(WaveAugmentation augmentation) {
        for (float[] input : List.of(new float[Signals.RATE], new float[] {0.5f}, Signals.noise(10, 7))) {
            float[] output = augmentation.apply(input, Signals.RATE, new SplittableRandom(3));
            assertTrue(Signals.allFiniteWithinUnit(output), augmentation + " on " + input.length + " samples");
            if (augmentation == WaveAugmentation.TIME_STRETCH) {
                assertTrue(Math.abs(output.length - input.length) <= Math.ceil(input.length * 0.25),
                        "length within the rate range");
            } else {
                assertEquals(input.length, output.length, augmentation.presetName());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(WaveAugmentation.class)
    void theSameSeedGivesTheSameOutput(WaveAugmentation augmentation) {
        float[] noise = Signals.noise(1, 11);
        float[] first = augmentation.apply(noise, Signals.RATE, new SplittableRandom(42));
        float[] second = augmentation.apply(noise, Signals.RATE, new SplittableRandom(42));
        assertArrayEquals(first, second);
    }

    @Test
    void anEmptyClipStaysEmpty() {
        for (WaveAugmentation augmentation : WaveAugmentation.values()) {
            assertEquals(0, augmentation.apply(new float[0], Signals.RATE, new SplittableRandom(1)).length);
        }
    }

    @Test
    void theThirdPlaceChainIsFiniteSeededAndChangesLengthOnlyBySpeed() {
        float[] noise = Signals.noise(2, 5);
        for (long seed = 0; seed < 4; seed++) {
            float[] first = ThirdPlaceChain.apply(noise, Signals.RATE, new SplittableRandom(seed));
            assertArrayEquals(first, ThirdPlaceChain.apply(noise, Signals.RATE, new SplittableRandom(seed)));
            assertTrue(Signals.allFiniteWithinUnit(first));
            assertTrue(Math.abs(first.length - noise.length) <= noise.length * 0.12, "speed within [0.9, 1.1)");
        }
        assertTrue(Signals.allFiniteWithinUnit(ThirdPlaceChain.apply(new float[] {0.5f}, Signals.RATE,
                new SplittableRandom(1))));
    }
}
