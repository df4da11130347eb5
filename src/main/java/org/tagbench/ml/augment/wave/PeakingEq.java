package org.tagbench.ml.augment.wave;

/**
 * SoX {@code gain -h equalizer F Wq G}: one RBJ peaking biquad; scaled down to a peak of 1 only when it would
 * clip ({@code -h}). Output length equals input length.
 */
public record PeakingEq(double frequency, double q, double gainDb) {
    /** The 7th place's {@code equalizer 2400 3q 8}. */
    public static final PeakingEq SEVENTH_PLACE = new PeakingEq(2400, 3, 8);

    public float[] apply(float[] samples, int sampleRate) {
        double[] filtered = Biquad.peaking(frequency, gainDb, q, sampleRate).filter(Biquad.toDouble(samples));
        return WaveSamples.withoutClipping(filtered);
    }
}
