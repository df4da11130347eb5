package org.tagbench.dsp;

/**
 * Power spectrum of one windowed frame. Implementations own their FFT buffers: not thread-safe.
 */
interface FrameSpectrum {

    /**
     * Writes {@code |X_k|²} for k = 0..n/2 of the DFT of {@code samples[start, start+n) · window}, where
     * n = window.length and samples outside the signal count as zero (the centre padding).
     */
    void power(float[] samples, int start, double[] window, double[] powerOut);

    /** The fastest exact strategy for an FFT of that size. */
    static FrameSpectrum forSize(int fftSize) {
        if (RadixFiveSpectrum.supports(fftSize)) {
            return new RadixFiveSpectrum(fftSize);
        }
        return new RealFftSpectrum(fftSize);
    }

    /** out[j] = window[j] · samples[start + j], zero where start + j falls outside the signal. */
    static void loadWindowed(float[] samples, int start, double[] window, double[] out) {
        int n = window.length;
        if (start >= 0 && start + n <= samples.length) {
            for (int j = 0; j < n; j++) {
                out[j] = window[j] * samples[start + j];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            int i = start + j;
            out[j] = i >= 0 && i < samples.length ? window[j] * samples[i] : 0.0;
        }
    }
}
