package org.tagbench.ml.augment;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A window of fixed length at a random position in time. Clips shorter than the window are first
 * padded evenly on both sides, either by repeating the clip ({@link Padding#WRAP}, numpy's "wrap")
 * or with the spectrogram's minimum ({@link Padding#MINIMUM}); the 1st place picked one of the two
 * at random with p = 0.5 before its 256-frame crop.
 */
public final class RandomCrop {
    public enum Padding { WRAP, MINIMUM }

    private RandomCrop() {}

    public static float[][] crop(float[][] spectrogram, int frames, Padding padding, RandomGenerator random) {
        float[][] padded = padToAtLeast(spectrogram, frames, padding);
        int start = random.nextInt(padded[0].length - frames + 1);
        return window(padded, start, frames);
    }

    /** Crops after choosing the padding mode at random, each with probability 1/2. */
    public static float[][] cropWithRandomPadding(float[][] spectrogram, int frames, RandomGenerator random) {
        Padding padding = random.nextBoolean() ? Padding.WRAP : Padding.MINIMUM;
        return crop(spectrogram, frames, padding, random);
    }

    /**
     * The spectrogram padded evenly (the extra frame, if any, on the right) to at least {@code frames};
     * the input itself when it is long enough already.
     */
    public static float[][] padToAtLeast(float[][] spectrogram, int frames, Padding padding) {
        Spectrograms.requireRectangular(spectrogram);
        if (frames < 1) {
            throw new IllegalArgumentException("crop length must be at least 1 frame, got " + frames);
        }
        int length = spectrogram[0].length;
        if (length >= frames) {
            return spectrogram;
        }
        int left = (frames - length) / 2;
        float fill = Spectrograms.min(spectrogram);
        float[][] padded = new float[spectrogram.length][frames];
        for (int mel = 0; mel < spectrogram.length; mel++) {
            for (int frame = 0; frame < frames; frame++) {
                int source = frame - left;
                boolean inside = source >= 0 && source < length;
                if (inside) {
                    padded[mel][frame] = spectrogram[mel][source];
                } else {
                    padded[mel][frame] = padding == Padding.WRAP ? spectrogram[mel][Math.floorMod(source, length)] : fill;
                }
            }
        }
        return padded;
    }

    static float[][] window(float[][] spectrogram, int start, int frames) {
        float[][] window = new float[spectrogram.length][];
        for (int mel = 0; mel < spectrogram.length; mel++) {
            window[mel] = Arrays.copyOfRange(spectrogram[mel], start, start + frames);
        }
        return window;
    }

    /**
     * The 2018 starter kernel's crop: a random window of a long clip; a short clip placed at a random offset in
     * {@code [0, frames - length)} (numpy's {@code randint}) and the rest set to {@code fill}.
     */
    public static float[][] cropPaddedWith(float[][] features, int frames, float fill, RandomGenerator random) {
        Spectrograms.requireRectangular(features);
        int length = features[0].length;
        if (length >= frames) {
            return window(features, random.nextInt(length - frames + 1), frames);
        }
        int offset = random.nextInt(Math.max(1, frames - length));
        float[][] out = new float[features.length][frames];
        for (int row = 0; row < features.length; row++) {
            java.util.Arrays.fill(out[row], fill);
            System.arraycopy(features[row], 0, out[row], offset, length);
        }
        return out;
    }
}
