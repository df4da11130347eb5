package org.tagbench.dsp;

/**
 * Computes any run of frames of a clip's mel spectrogram on its own, identical to the same frames of the whole
 * clip, so a long file can appear chunk by chunk (visible part first). Values are decibels against a fixed
 * reference of 1.0, never normalised per clip, so the dB floor and ceiling mean the same on every clip.
 * Not thread-safe (it owns a {@link MelSpectrogram}).
 */
public final class MelChunker {
    private static final double AMPLITUDE_FLOOR = 1e-10;

    private final MelConfig config;
    private final MelSpectrogram uncentred;
    private final double decibelsPerDecade;

    public MelChunker(MelConfig config) {
        this.config = config;
        // Frames are cut from a zero-filled slice of the clip, so the slice itself must not be padded again.
        this.uncentred = new MelSpectrogram(new MelConfig(config.name(), config.sampleRate(), config.nFft(),
                config.hopLength(), config.winLength(), config.nMels(), config.fMin(), config.fMax(), config.power(),
                false, LogScale.none()));
        this.decibelsPerDecade = 20.0 / config.power();
    }

    public MelConfig config() {
        return config;
    }

    public int frameCount(int sampleCount) {
        return config.frameCount(sampleCount);
    }

    /** Decibels of frames [firstFrame, firstFrame + frames), as [mel band][frame], low bands first. */
    public float[][] decibels(float[] samples, int firstFrame, int frames) {
        float[][] power = uncentred.power(slice(samples, config.frameStart(firstFrame), frames));
        for (float[] band : power) {
            for (int i = 0; i < band.length; i++) {
                band[i] = (float) (decibelsPerDecade * Math.log10(Math.max(AMPLITUDE_FLOOR, band[i])));
            }
        }
        return power;
    }

    private float[] slice(float[] samples, int firstSample, int frames) {
        float[] slice = new float[(frames - 1) * config.hopLength() + config.nFft()];
        int from = Math.max(0, firstSample);
        int to = Math.min(samples.length, firstSample + slice.length);
        if (to > from) {
            System.arraycopy(samples, from, slice, from - firstSample, to - from);
        }
        return slice;
    }

    /** Centre frequency in Hz of each mel band (Slaney scale), low to high. */
    public static double[] bandCentresHz(MelConfig config) {
        double low = MelFilterbank.hzToMel(config.fMin());
        double high = MelFilterbank.hzToMel(config.fMax());
        double[] centres = new double[config.nMels()];
        for (int band = 0; band < centres.length; band++) {
            centres[band] = MelFilterbank.melToHz(low + (high - low) * (band + 1) / (config.nMels() + 1));
        }
        return centres;
    }
}
