package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * Coarse dropout: 1 to {@code maxHoles} rectangles of 1 to {@code maxMels} bins by 1 to
 * {@code maxFrames} frames, at uniform positions (they may overlap), set to the spectrogram's minimum.
 */
public record CoarseDropout(int maxHoles, int maxMels, int maxFrames) implements SpectrogramTransform {

    public CoarseDropout {
        if (maxHoles < 1 || maxMels < 1 || maxFrames < 1) {
            throw new IllegalArgumentException("holes and hole sizes must be at least 1, got "
                    + maxHoles + ", " + maxMels + ", " + maxFrames);
        }
    }

    @Override
    public float[][] apply(float[][] spectrogram, RandomGenerator random) {
        Spectrograms.requireRectangular(spectrogram);
        float[][] dropped = Spectrograms.copy(spectrogram);
        float fill = Spectrograms.min(spectrogram);
        int mels = spectrogram.length;
        int frames = spectrogram[0].length;
        int holes = random.nextInt(1, maxHoles + 1);
        for (int hole = 0; hole < holes; hole++) {
            int height = random.nextInt(1, Math.min(maxMels, mels) + 1);
            int width = random.nextInt(1, Math.min(maxFrames, frames) + 1);
            int melStart = random.nextInt(mels - height + 1);
            int frameStart = random.nextInt(frames - width + 1);
            Spectrograms.fillRectangle(dropped, melStart, height, frameStart, width, fill);
        }
        return dropped;
    }
}
