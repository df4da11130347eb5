package org.tagbench.app;

import org.tagbench.dsp.MelConfig;

/** How a clip becomes a feature matrix: the log-mel configuration and whether silence is trimmed first (60 dB). */
public record FeatureRecipe(MelConfig mel, boolean trimSilence) {
    public static FeatureRecipe trimmed(MelConfig mel) {
        return new FeatureRecipe(mel, true);
    }

    public String cacheKey() {
        return mel.cacheKey() + (trimSilence ? "|trim=60dB,2048,512" : "|trim=none");
    }
}
