package org.tagbench.ml.augment.wave;

import java.util.random.RandomGenerator;
import org.tagbench.audio.Resampler;

/**
 * The 3rd place's SoX chain (pysndfx), applied as a whole with probability 0.75: reverb with reverberance in
 * [0, 50%), pitch in [-300, 300) cents, overdrive with gain in [2, 10) dB, then SoX {@code speed} in [0.9, 1.1)
 * (tempo and pitch together, by resampling). Output length is {@code round(input.length / speed)} when the chain
 * runs, the input length otherwise.
 */
public final class ThirdPlaceChain {
    public static final double PROBABILITY = 0.75;

    private ThirdPlaceChain() {}

    public static float[] apply(float[] samples, int sampleRate, RandomGenerator random) {
        if (random.nextDouble() >= PROBABILITY) {
            return WaveSamples.finiteAndClamped(samples);
        }
        float[] reverberated = new Reverb(random.nextDouble(0, 0.5), 0.5, 0.5).apply(samples, sampleRate);
        float[] shifted = new PitchShift(random.nextDouble(-300, 300)).apply(reverberated, sampleRate);
        float[] driven = new Overdrive(random.nextDouble(2, 10), 20).apply(shifted, sampleRate);
        double speed = random.nextDouble(0.9, 1.1);
        // Playing the clip back as if recorded at rate * speed is SoX's speed effect.
        int playedRate = (int) Math.round(sampleRate * speed);
        return WaveSamples.finiteAndClamped(Resampler.resample(driven, playedRate, sampleRate));
    }
}
