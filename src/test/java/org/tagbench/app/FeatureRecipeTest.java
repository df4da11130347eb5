package org.tagbench.app;

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
}
