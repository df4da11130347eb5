package org.tagbench.ml.augment.wave;

/**
 * SoX-like {@code overdrive G C}: a gain of G dB, a DC offset of C/200 (the "colour" that adds even
 * harmonics), tanh soft clipping, then the offset's own tanh removed so silence stays silent. Output length equals
 * input length, values in [-1, 1].
 */
public record Overdrive(double gainDb, double colour) {
    public static final Overdrive SOX_DEFAULT = new Overdrive(20, 20);

    public float[] apply(float[] samples, int sampleRate) {
        double gain = Math.pow(10, gainDb / 20);
        double offset = colour / 200;
        double restingLevel = Math.tanh(offset);
        float[] driven = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            double input = Float.isFinite(samples[i]) ? samples[i] : 0;
            driven[i] = (float) ((Math.tanh(input * gain + offset) - restingLevel) / (1 + Math.abs(restingLevel)));
        }
        return WaveSamples.finiteAndClamped(driven);
    }
}
