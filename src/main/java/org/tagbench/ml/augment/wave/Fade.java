package org.tagbench.ml.augment.wave;

/**
 * SoX {@code fade q S}: quarter-sine fade-in over the first S seconds and fade-out over the last S. Clips shorter
 * than two fades get fades of half their length each, so the two never overlap. Output length equals input length.
 */
public record Fade(double seconds) {
    public static final Fade SEVENTH_PLACE = new Fade(3);

    public float[] apply(float[] samples, int sampleRate) {
        int fadeLength = (int) Math.min(Math.round(seconds * sampleRate), samples.length / 2);
        float[] faded = WaveSamples.finiteAndClamped(samples);
        for (int i = 0; i < fadeLength; i++) {
            float gain = (float) Math.sin(Math.PI / 2 * i / fadeLength);
            faded[i] *= gain;
            faded[samples.length - 1 - i] *= gain;
        }
        return faded;
    }
}
