package org.tagbench.ml.augment.wave;

/** Shared sample-level helpers for the waveform effects: length fitting, clipping guard and peak normalisation. */
final class WaveSamples {
    private WaveSamples() {}

    /** Truncates or zero-pads {@code samples} to exactly {@code length}. */
    static float[] fitLength(float[] samples, int length) {
        float[] fitted = new float[length];
        System.arraycopy(samples, 0, fitted, 0, Math.min(length, samples.length));
        return fitted;
    }

    /** Replaces non-finite values by 0 and clamps to [-1, 1], so every effect keeps the mono float contract. */
    static float[] finiteAndClamped(float[] samples) {
        float[] safe = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            float value = samples[i];
            safe[i] = Float.isFinite(value) ? Math.max(-1f, Math.min(1f, value)) : 0f;
        }
        return safe;
    }

    /** Scales down so the absolute peak is at most 1 (SoX {@code gain -h} headroom); quieter signals are left as is. */
    static float[] withoutClipping(double[] samples) {
        double peak = 0;
        for (double value : samples) {
            if (Double.isFinite(value)) {
                peak = Math.max(peak, Math.abs(value));
            }
        }
        double scale = peak > 1 ? 1 / peak : 1;
        float[] scaled = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            scaled[i] = Double.isFinite(samples[i]) ? (float) (samples[i] * scale) : 0f;
        }
        return finiteAndClamped(scaled);
    }
}
