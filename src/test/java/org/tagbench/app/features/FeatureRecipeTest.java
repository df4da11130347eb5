package org.tagbench.app.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.tagbench.audio.AudioVersion;
import org.tagbench.dsp.MelConfig;

class FeatureRecipeTest {
    private final FeatureRecipe recipe = FeatureRecipe.trimmed(MelConfig.preset("daisukelab"));

    @Test
    void theCacheKeyIsTheCurrentAudioVersions() {
        assertEquals(recipe.cacheKey(AudioVersion.CURRENT), recipe.cacheKey());
    }

    @Test
    void anotherDecoderOrResamplerVersionGivesAnotherCacheKey() {
        AudioVersion current = AudioVersion.CURRENT;
        AudioVersion newDecoder = new AudioVersion(current.decoding() + 1, current.resampling());
        AudioVersion newResampler = new AudioVersion(current.decoding(), current.resampling() + 1);
        assertNotEquals(recipe.cacheKey(current), recipe.cacheKey(newDecoder));
        assertNotEquals(recipe.cacheKey(current), recipe.cacheKey(newResampler));
        assertNotEquals(recipe.cacheKey(newDecoder), recipe.cacheKey(newResampler));
    }

    @Test
    void theSilenceTrimStillChangesTheCacheKey() {
        assertNotEquals(recipe.cacheKey(), new FeatureRecipe(recipe.mel(), false).cacheKey());
    }

    @Test
    void theInputKindAndItsParametersAreInTheCacheKeyAndTheLogMelKeyIsUnchanged() {
        org.tagbench.ml.train.InputSpec mfcc20 = new org.tagbench.ml.train.InputSpec("mfcc", 20, false);
        org.tagbench.ml.train.InputSpec mfcc40 = new org.tagbench.ml.train.InputSpec("mfcc", 40, false);
        org.tagbench.ml.train.InputSpec waveform = new org.tagbench.ml.train.InputSpec("waveform", 0, false);
        String logMel = recipe.cacheKey();
        assertEquals(AudioVersion.CURRENT.key() + "|" + recipe.mel().cacheKey() + "|trim=60dB,2048,512", logMel);
        java.util.Set<String> keys = java.util.Set.of(logMel,
                new FeatureRecipe(recipe.mel(), true, mfcc20).cacheKey(),
                new FeatureRecipe(recipe.mel(), true, mfcc40).cacheKey(),
                new FeatureRecipe(recipe.mel(), false, waveform).cacheKey(),
                new FeatureRecipe(recipe.mel(), false, new org.tagbench.ml.train.InputSpec("waveform", 0, false, 22_050))
                        .cacheKey(),
                recipe.globalInputKey());
        assertEquals(6, keys.size(), keys.toString());
        assertEquals(16_000, new FeatureRecipe(recipe.mel(), false, waveform).sampleRate());
    }
}
