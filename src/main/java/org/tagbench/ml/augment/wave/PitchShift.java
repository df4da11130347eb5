package org.tagbench.ml.augment.wave;

import org.tagbench.audio.Resampler;

/**
 * SoX {@code pitch C}: shifts pitch by C cents with the duration kept. WSOLA (TarsosDSP) first stretches the clip
 * by the pitch ratio, then the band-limited {@link Resampler} squeezes it back, which raises every frequency by that
 * ratio. Output length equals input length.
 */
public record PitchShift(double cents) {

    public double ratio() {
        return Math.pow(2, cents / 1200);
    }

    public float[] apply(float[] samples, int sampleRate) {
        if (cents == 0 || samples.length == 0) {
            return WaveSamples.finiteAndClamped(samples);
        }
        double ratio = ratio();
        float[] longer = new TimeStretch(1 / ratio).apply(samples, sampleRate);
        int stretchedRate = (int) Math.round(sampleRate * ratio);
        float[] shifted = Resampler.resample(longer, stretchedRate, sampleRate);
        return WaveSamples.finiteAndClamped(WaveSamples.fitLength(shifted, samples.length));
    }
}
