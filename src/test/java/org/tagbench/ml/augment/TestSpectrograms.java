package org.tagbench.ml.augment;

import java.util.Arrays;

/** Spectrograms whose every cell is distinct and above zero, so moved or masked cells can be told apart. */
final class TestSpectrograms {
    private TestSpectrograms() {}

    /** Cell (mel, frame) holds {@code 1000 + 100 * mel + frame}. */
    static float[][] numbered(int mels, int frames) {
        float[][] spectrogram = new float[mels][frames];
        for (int mel = 0; mel < mels; mel++) {
            for (int frame = 0; frame < frames; frame++) {
                spectrogram[mel][frame] = 1000 + 100 * mel + frame;
            }
        }
        return spectrogram;
    }

    static float[][] constant(int mels, int frames, float value) {
        float[][] spectrogram = new float[mels][frames];
        for (float[] row : spectrogram) {
            Arrays.fill(row, value);
        }
        return spectrogram;
    }

    static boolean[][] changedCells(float[][] before, float[][] after) {
        boolean[][] changed = new boolean[before.length][before[0].length];
        for (int mel = 0; mel < before.length; mel++) {
            for (int frame = 0; frame < before[0].length; frame++) {
                changed[mel][frame] = before[mel][frame] != after[mel][frame];
            }
        }
        return changed;
    }

    static int count(boolean[][] cells) {
        int count = 0;
        for (boolean[] row : cells) {
            for (boolean cell : row) {
                count += cell ? 1 : 0;
            }
        }
        return count;
    }
}
