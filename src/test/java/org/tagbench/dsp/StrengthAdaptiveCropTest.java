package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrengthAdaptiveCropTest {

    private static final int DRAWS = 40_000;

    static Stream<Arguments> kernelInputs() {
        return Stream.of(
                Arguments.of("uint8 image, loud early", uint8LikeImage(200, 40, 7)),
                Arguments.of("uint8 image, loud in the last window only", uint8LikeImage(200, 160, 8)),
                Arguments.of("dB matrix (negative, non-integer sums)", decibelLike(230, 150, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernelInputs")
    void probabilitiesAreThoseOfTheKernelsRejectionLoop(String description, float[][] matrix) {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.of(matrix, 128, 84);

        int[] loopCounts = new int[crop.startCount()];
        RandomGenerator rng = new SplittableRandom(1);
        for (int i = 0; i < DRAWS; i++) {
            loopCounts[kernelRejectionLoop(crop.strengths(), rng)]++;
        }
        assertChiSquareFits(loopCounts, crop.startProbabilities());
    }

    @Test
    void samplerFollowsItsProbabilities() {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.of(uint8LikeImage(220, 60, 3), 128, 84);
        int[] counts = new int[crop.startCount()];
        RandomGenerator rng = new SplittableRandom(2);
        for (int i = 0; i < DRAWS; i++) {
            counts[crop.sampleStart(rng)]++;
        }
        assertChiSquareFits(counts, crop.startProbabilities());
    }

    @Test
    void windowsHoldingTheLoudPartAreChosenInProportionToTheirStrength() {
        int frames = 256;
        float[][] db = filled(128, frames, -80f);
        for (int band = 0; band < 128; band++) {
            for (int t = 200; t < 210; t++) {
                db[band][t] = 0f;
            }
        }
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.seventhPlace(db);
        double[] strengths = crop.strengths();
        double weakest = Arrays.stream(strengths).min().orElseThrow();

        int[] counts = new int[crop.startCount()];
        RandomGenerator rng = new SplittableRandom(3);
        for (int i = 0; i < DRAWS; i++) {
            counts[crop.sampleStart(rng)]++;
        }
        // Starts 82..128 hold all ten loud frames; start 77 holds five of them (frames 200..204); 0..72 none.
        int full = counts[100];
        int half = counts[77];
        double expectedRatio = (strengths[100] - weakest) / (strengths[77] - weakest);
        assertEquals(2.0, expectedRatio, 1e-9);
        assertEquals(expectedRatio, (double) full / half, 0.5, "full " + full + " half " + half);
        int silentStarts = Arrays.stream(counts, 0, 73).sum();
        assertTrue(silentStarts < DRAWS / 1000, "windows without the loud part drawn " + silentStarts + " times");
        assertChiSquareFits(counts, crop.startProbabilities());
    }

    @Test
    void constantSilenceGivesEveryStartTheSameChance() {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.seventhPlace(filled(128, 300, -100f));
        double[] probabilities = crop.startProbabilities();
        for (double probability : probabilities) {
            assertEquals(1.0 / crop.startCount(), probability, 1e-12);
        }
        RandomGenerator rng = new SplittableRandom(4);
        for (int i = 0; i < 1000; i++) {
            int start = crop.sampleStart(rng);
            assertTrue(start >= 0 && start <= 300 - 128, "start " + start);
        }
    }

    @Test
    void allZeroMatrixAlwaysCropsAtTheStartAsTheKernelDoes() {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.seventhPlace(filled(128, 300, 0f));
        RandomGenerator rng = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, crop.sampleStart(rng));
        }
    }

    @Test
    void clipShorterThanTheCropIsCentredInAPaddedCrop() {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.seventhPlace(uint8LikeImage(101, 0, 9));
        assertEquals(1, crop.startCount());
        RandomGenerator rng = new SplittableRandom(6);
        assertEquals(-13, crop.sampleStart(rng), "27 padding frames: 13 before the clip, 14 after");
        assertEquals(TimeCrop.centredStart(101, 128), crop.sampleStart(rng));
    }

    @Test
    void sameSeedGivesTheSameStarts() {
        StrengthAdaptiveCrop crop = StrengthAdaptiveCrop.of(uint8LikeImage(400, 100, 8), 128, 84);
        int[] first = draw(crop, new SplittableRandom(42), 50);
        assertArrayEquals(first, draw(crop, new SplittableRandom(42), 50));
        assertNotEquals(Arrays.toString(first), Arrays.toString(draw(crop, new SplittableRandom(43), 50)));
    }

    @Test
    void onlyTheLowestBandsCount() {
        float[][] image = uint8LikeImage(160, 30, 10);
        float[][] noisyTop = new float[128][];
        for (int band = 0; band < 128; band++) {
            noisyTop[band] = band < 84 ? image[band].clone() : filled(1, 160, 255f * (band % 2))[0];
        }
        assertArrayEquals(StrengthAdaptiveCrop.of(image, 128, 84).strengths(),
                StrengthAdaptiveCrop.seventhPlace(noisyTop).strengths());
    }

    /** TECHNIQUES 4.5 written out literally: the oracle the exact distribution is checked against. */
    private static int kernelRejectionLoop(double[] strengths, RandomGenerator rng) {
        double min = Arrays.stream(strengths).min().orElseThrow();
        double max = 0;
        for (double strength : strengths) {
            max = Math.max(max, strength);
        }
        double height = max - min == 0 ? max : max - min;
        while (true) {
            long r = rng.nextLong(0, (long) Math.floor(height * (strengths.length - 1)) + 1);
            int j = 0;
            long v = 0;
            if (height != 0) {
                j = (int) Math.floor(r / height);
                v = (long) Math.floor(r - j * height);
            }
            if (strengths[j] - min - v >= 0) {
                return j;
            }
        }
    }

    /** Pearson's chi-square over starts expected at least 5 times; the bound is far in the tail (about p = 1e-4). */
    private static void assertChiSquareFits(int[] observed, double[] probabilities) {
        int total = Arrays.stream(observed).sum();
        double chiSquare = 0;
        int degrees = -1;
        double rareExpected = 0;
        int rareObserved = 0;
        for (int j = 0; j < observed.length; j++) {
            double expected = probabilities[j] * total;
            if (expected >= 5) {
                chiSquare += (observed[j] - expected) * (observed[j] - expected) / expected;
                degrees++;
            } else {
                rareExpected += expected;
                rareObserved += observed[j];
            }
        }
        if (rareExpected >= 5) {
            chiSquare += (rareObserved - rareExpected) * (rareObserved - rareExpected) / rareExpected;
            degrees++;
        } else {
            assertTrue(rareObserved <= 5 + 5 * rareExpected, "rare starts drawn " + rareObserved + " times");
        }
        double bound = degrees + 4 * Math.sqrt(2.0 * degrees) + 10;
        assertTrue(chiSquare < bound, "chi-square " + chiSquare + " with " + degrees + " degrees of freedom");
    }

    /** Random 0..255 integers like the kernel's uint8 image, louder over frames [loudFrom, loudFrom + 40). */
    private static float[][] uint8LikeImage(int frames, int loudFrom, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] image = new float[128][frames];
        for (int band = 0; band < 128; band++) {
            for (int t = 0; t < frames; t++) {
                boolean loud = t >= loudFrom && t < loudFrom + 40;
                image[band][t] = loud ? random.nextInt(100, 256) : random.nextInt(0, 60);
            }
        }
        return image;
    }

    /** Gaussian dB values around -60, louder (-20) over frames [loudFrom, loudFrom + 40). */
    private static float[][] decibelLike(int frames, int loudFrom, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] db = new float[128][frames];
        for (int band = 0; band < 128; band++) {
            for (int t = 0; t < frames; t++) {
                double level = t >= loudFrom && t < loudFrom + 40 ? -20 : -60;
                db[band][t] = (float) (level + 10 * random.nextGaussian());
            }
        }
        return db;
    }

    private static float[][] filled(int bands, int frames, float value) {
        float[][] matrix = new float[bands][frames];
        for (float[] band : matrix) {
            Arrays.fill(band, value);
        }
        return matrix;
    }

    private static int[] draw(StrengthAdaptiveCrop crop, RandomGenerator rng, int count) {
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = crop.sampleStart(rng);
        }
        return starts;
    }
}
