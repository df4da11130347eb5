package org.tagbench.dsp;

/**
 * Mel spectrogram of a mono signal, equal to librosa 0.10.1's {@code feature.melspectrogram} for the same
 * {@link MelConfig} (centre zero padding, periodic Hann window, {@code |STFT|^power}, Slaney filterbank).
 * The STFT and the mel projection run in double; results are stored as float.
 *
 * <p>Not thread-safe: it reuses its frame buffers, so use one instance per thread. Per clip, the returned
 * matrix is the only allocation.
 */
public final class MelSpectrogram {

    private final MelConfig config;
    private final double[] window;
    private final FrameSpectrum spectrum;
    private final MelFilterbank filterbank;
    private final double[] binBuffer;
    private final double[] melBuffer;

    public MelSpectrogram(MelConfig config) {
        this.config = config;
        this.window = centredPeriodicHann(config.winLength(), config.nFft());
        this.spectrum = FrameSpectrum.forSize(config.nFft());
        this.filterbank = MelFilterbank.of(config);
        this.binBuffer = new double[config.nFft() / 2 + 1];
        this.melBuffer = new double[config.nMels()];
    }

    public MelConfig config() {
        return config;
    }

    /** Mel power (magnitude when power == 1), [nMels][frames], rows low to high frequency. */
    public float[][] power(float[] samples) {
        int frames = config.frameCount(samples.length);
        float[][] melByBand = new float[config.nMels()][frames];
        for (int frame = 0; frame < frames; frame++) {
            spectrum.power(samples, config.frameStart(frame), window, binBuffer);
            raiseToConfiguredPower(binBuffer);
            filterbank.project(binBuffer, melBuffer);
            for (int band = 0; band < melBuffer.length; band++) {
                melByBand[band][frame] = (float) melBuffer[band];
            }
        }
        return melByBand;
    }

    /** {@link #power(float[])} followed by the config's {@link LogScale}. */
    public float[][] logMel(float[] samples) {
        float[][] mel = power(samples);
        config.logScale().applyInPlace(mel);
        return mel;
    }

    /** librosa's window: periodic Hann of winLength, zero-padded equally on both sides to nFft. */
    public static double[] centredPeriodicHann(int winLength, int nFft) {
        double[] window = new double[nFft];
        int leftPad = (nFft - winLength) / 2;
        for (int j = 0; j < winLength; j++) {
            window[leftPad + j] = 0.5 - 0.5 * Math.cos(2 * Math.PI * j / winLength);
        }
        return window;
    }

    /** The spectrum arrives as |X|²; other exponents are taken from it. */
    private void raiseToConfiguredPower(double[] squaredMagnitude) {
        double exponent = config.power();
        if (exponent == 2.0) {
            return;
        }
        if (exponent == 1.0) {
            for (int k = 0; k < squaredMagnitude.length; k++) {
                squaredMagnitude[k] = Math.sqrt(squaredMagnitude[k]);
            }
            return;
        }
        double half = exponent / 2.0;
        for (int k = 0; k < squaredMagnitude.length; k++) {
            squaredMagnitude[k] = Math.pow(squaredMagnitude[k], half);
        }
    }
}
