package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MelChunkerTest {
    @Test
    void chunksEqualTheSameFramesOfTheWholeClip() {
        MelConfig config = MelConfig.preset("fsd7th8th");
        float[] samples = new float[config.sampleRate() * 3 + 777];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.4 * Math.sin(i * 0.03) + 0.2 * Math.sin(i * 0.0071 * (1 + i / 50_000.0)));
        }
        float[][] whole = new MelSpectrogram(config).power(samples);
        MelChunker chunker = new MelChunker(config);
        int frames = chunker.frameCount(samples.length);
        assertEquals(whole[0].length, frames);
        for (int first : new int[] {0, 37, frames - 20}) {
            int count = Math.min(64, frames - first);
            float[][] chunk = chunker.decibels(samples, first, count);
            for (int band = 0; band < config.nMels(); band += 9) {
                for (int frame = 0; frame < count; frame++) {
                    double expected = 10 * Math.log10(Math.max(1e-10, whole[band][first + frame]));
                    assertEquals(expected, chunk[band][frame], 1e-3, "band " + band + " frame " + (first + frame));
                }
            }
        }
    }

    @Test
    void bandCentresRiseFromFminToFmax() {
        MelConfig config = MelConfig.preset("fsd7th8th");
        double[] centres = MelChunker.bandCentresHz(config);
        assertEquals(config.nMels(), centres.length);
        for (int band = 1; band < centres.length; band++) {
            org.junit.jupiter.api.Assertions.assertTrue(centres[band] > centres[band - 1]);
        }
        org.junit.jupiter.api.Assertions.assertTrue(centres[0] > config.fMin() && centres[centres.length - 1] < config.fMax());
    }
}
