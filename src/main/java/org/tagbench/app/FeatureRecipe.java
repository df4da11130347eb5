package org.tagbench.app;

import org.tagbench.audio.AudioVersion;
import org.tagbench.dsp.MelConfig;

/**
 * How a clip becomes a feature matrix: the log-mel configuration and whether silence is trimmed first (60 dB), after
 * the current decoders and resampler ({@link AudioVersion}).
 */
public record FeatureRecipe(MelConfig mel, boolean trimSilence) {
    public static FeatureRecipe trimmed(MelConfig mel) {
        return new FeatureRecipe(mel, true);
    }

    public String cacheKey() {
        return cacheKey(AudioVersion.CURRENT);
    }

    /** Everything that changes the matrix: the samples' versions, the trim and the log-mel front end. */
    String cacheKey(AudioVersion audio) {
        return audio.key() + "|" + mel.cacheKey() + (trimSilence ? "|trim=60dB,2048,512" : "|trim=none");
    }
}
