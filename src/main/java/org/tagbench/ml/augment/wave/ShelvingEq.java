package org.tagbench.ml.augment.wave;

/**
 * SoX {@code gain -h treble T bass B}: an RBJ high shelf at 3 kHz and a low shelf at 100 Hz, both with slope 0.5
 * (SoX's defaults). {@code gain -h} reserves headroom so nothing clips; here the filtered signal is scaled down
 * to a peak of 1 only when it would exceed it. Output length equals input length.
 */
public record ShelvingEq(double trebleDb, double bassDb) {
    public static final double BASS_FREQUENCY = 100;
    public static final double TREBLE_FREQUENCY = 3000;
    public static final double SLOPE = 0.5;

    public static ShelvingEq bass(double gainDb) {
        return new ShelvingEq(0, gainDb);
    }

    public static ShelvingEq treble(double gainDb) {
        return new ShelvingEq(gainDb, 0);
    }

    public float[] apply(float[] samples, int sampleRate) {
        double[] signal = Biquad.toDouble(samples);
        if (bassDb != 0) {
            signal = Biquad.lowShelf(BASS_FREQUENCY, bassDb, SLOPE, sampleRate).filter(signal);
        }
        if (trebleDb != 0) {
            signal = Biquad.highShelf(TREBLE_FREQUENCY, trebleDb, SLOPE, sampleRate).filter(signal);
        }
        return WaveSamples.withoutClipping(signal);
    }
}
