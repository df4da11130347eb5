package org.tagbench.app.features;

import org.tagbench.audio.AudioVersion;
import org.tagbench.dsp.MelConfig;
import org.tagbench.ml.train.InputSpec;
import org.tagbench.ml.train.TrainingPlan;

/**
 * How a clip becomes a feature matrix: the log-mel configuration and whether silence is trimmed first (60 dB), after
 * the current decoders and resampler ({@link AudioVersion}), and which input the network reads ({@link InputSpec}:
 * the log-mel itself, its MFCCs or the waveform).
 */
public record FeatureRecipe(MelConfig mel, boolean trimSilence, InputSpec input) {
    /** A log-mel recipe. */
    public FeatureRecipe(MelConfig mel, boolean trimSilence) {
        this(mel, trimSilence, InputSpec.LOG_MEL);
    }

    public FeatureRecipe {
        input = input == null ? InputSpec.LOG_MEL : input;
    }

    public static FeatureRecipe trimmed(MelConfig mel) {
        return new FeatureRecipe(mel, true);
    }

    /**
     * What a plan trains and predicts on: its mel preset, trimmed, for log-mel and MFCC; the untrimmed waveform for
     * the waveform kind (the 2018 kernel loaded whole clips and cropped or padded them).
     */
    public static FeatureRecipe of(TrainingPlan plan) {
        return new FeatureRecipe(MelConfig.preset(plan.melPreset()), !plan.input().isWaveform(), plan.input());
    }

    /** The rate the clip is decoded at: the waveform input's own, otherwise the mel front end's. */
    public int sampleRate() {
        return input.isWaveform() ? input.sampleRate() : mel.sampleRate();
    }

    public String cacheKey() {
        return cacheKey(AudioVersion.CURRENT);
    }

    /** Everything that changes the matrix: the samples' versions, the trim, the input kind and its front end. */
    String cacheKey(AudioVersion audio) {
        String trim = trimSilence ? "|trim=60dB,2048,512" : "|trim=none";
        if (input.isWaveform()) {
            return audio.key() + "|waveform,sr=" + input.sampleRate() + trim;
        }
        String logMel = audio.key() + "|" + mel.cacheKey() + trim;
        return input.isMfcc() ? logMel + "|mfcc=" + input.coefficients() + ",dct2-ortho" : logMel;
    }

    /** The key of the clip's global-feature input (statistics of the untrimmed waveform at the mel rate, length). */
    public String globalInputKey() {
        return AudioVersion.CURRENT.key() + "|global-features-v1,sr=" + mel.sampleRate();
    }
}
