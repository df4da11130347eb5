package org.tagbench.ml.augment;

/** Reverses the frames of a spectrogram (the "horizontal flip" the 7th place used with Inception). */
public final class TimeFlip {
    /** The flip as a pipeline step. */
    public static final SpectrogramTransform TRANSFORM = (spectrogram, random) -> flip(spectrogram);

    private TimeFlip() {}

    public static float[][] flip(float[][] spectrogram) {
        Spectrograms.requireRectangular(spectrogram);
        int frames = spectrogram[0].length;
        float[][] flipped = new float[spectrogram.length][frames];
        for (int mel = 0; mel < spectrogram.length; mel++) {
            for (int frame = 0; frame < frames; frame++) {
                flipped[mel][frame] = spectrogram[mel][frames - 1 - frame];
            }
        }
        return flipped;
    }
}
