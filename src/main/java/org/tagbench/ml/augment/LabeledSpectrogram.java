package org.tagbench.ml.augment;

/**
 * One training example: a spectrogram {@code [mels][frames]} and its target vector (one value in
 * [0, 1] per class). Augmentations return new instances and never change the arrays they are given.
 */
public record LabeledSpectrogram(float[][] spectrogram, float[] targets) {

    public LabeledSpectrogram {
        Spectrograms.requireRectangular(spectrogram);
        if (targets == null) {
            throw new IllegalArgumentException("targets are missing");
        }
    }

    public int mels() {
        return spectrogram.length;
    }

    public int frames() {
        return spectrogram[0].length;
    }
}
