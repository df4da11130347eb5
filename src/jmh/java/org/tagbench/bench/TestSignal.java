package org.tagbench.bench;

import java.util.Random;

/** The benchmarks' input: a 440 Hz tone in white noise, fixed by its seed, so every run measures the same samples. */
public final class TestSignal {
    public static final int FAT_RATE = 44_100;
    public static final double SECONDS = 5.0;

    private TestSignal() {}

    public static float[] fiveSeconds(int sampleRate) {
        return of((int) Math.round(SECONDS * sampleRate), sampleRate);
    }

    public static float[] of(int length, int sampleRate) {
        Random random = new Random(42);
        float[] samples = new float[length];
        for (int i = 0; i < length; i++) {
            samples[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / sampleRate) + 0.1 * random.nextGaussian());
        }
        return samples;
    }
}
