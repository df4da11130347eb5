package org.tagbench.ml.augment;

import java.util.Arrays;

/** Array helpers for spectrograms stored as {@code float[mels][frames]}. */
public final class Spectrograms {
    private Spectrograms() {}

    public static float[][] copy(float[][] spectrogram) {
        float[][] copy = new float[spectrogram.length][];
        for (int mel = 0; mel < spectrogram.length; mel++) {
            copy[mel] = spectrogram[mel].clone();
        }
        return copy;
    }

    public static float min(float[][] spectrogram) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] row : spectrogram) {
            for (float value : row) {
                min = Math.min(min, value);
            }
        }
        return min;
    }

    /** Sets {@code [melStart, melStart + mels) x [frameStart, frameStart + frames)} to {@code fill}, in place. */
    static void fillRectangle(float[][] target, int melStart, int mels, int frameStart, int frames, float fill) {
        for (int mel = melStart; mel < melStart + mels; mel++) {
            Arrays.fill(target[mel], frameStart, frameStart + frames, fill);
        }
    }

    static void requireRectangular(float[][] spectrogram) {
        if (spectrogram == null || spectrogram.length == 0 || spectrogram[0].length == 0) {
            throw new IllegalArgumentException("a spectrogram needs at least one mel band and one frame");
        }
        for (float[] row : spectrogram) {
            if (row.length != spectrogram[0].length) {
                throw new IllegalArgumentException("mel bands differ in length: " + row.length + " vs " + spectrogram[0].length);
            }
        }
    }

    static void requireSameShape(float[][] first, float[][] second) {
        if (first.length != second.length || first[0].length != second[0].length) {
            throw new IllegalArgumentException("spectrograms differ in shape: " + first.length + "x" + first[0].length
                    + " vs " + second.length + "x" + second[0].length + "; crop them to one size first");
        }
    }
}
