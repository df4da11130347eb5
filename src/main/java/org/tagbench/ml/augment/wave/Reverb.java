package org.tagbench.ml.augment.wave;

/**
 * A Schroeder/Freeverb-style reverb in the spirit of SoX {@code reverb} with its defaults (50% reverberance,
 * 50% HF damping, wet and dry both at full level): eight parallel damped feedback combs feeding four series
 * all-passes, delays scaled from 44.1 kHz tunings to the clip's rate. The tail past the input is cut: output
 * length equals input length, scaled down to a peak of 1 only when it would clip.
 */
public record Reverb(double reverberance, double damping, double wetShare) {
    public static final Reverb SOX_DEFAULT = new Reverb(0.5, 0.5, 0.5);

    private static final int[] COMB_DELAYS_44K = {1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
    private static final int[] ALL_PASS_DELAYS_44K = {556, 441, 341, 225};
    private static final double ALL_PASS_FEEDBACK = 0.5;
    // Freeverb's fixed input gain: keeps the sum of eight high-feedback combs near the input's level.
    private static final double COMB_INPUT_GAIN = 0.015;

    public float[] apply(float[] samples, int sampleRate) {
        double[] dry = Biquad.toDouble(samples);
        double[] wet = allPasses(combs(dry, sampleRate), sampleRate);
        double[] mixed = new double[dry.length];
        for (int i = 0; i < dry.length; i++) {
            mixed[i] = (1 - wetShare) * dry[i] + wetShare * wet[i];
        }
        return WaveSamples.withoutClipping(mixed);
    }

    private double[] combs(double[] input, int sampleRate) {
        double feedback = 0.7 + 0.28 * reverberance;
        double[] sum = new double[input.length];
        for (int delay44k : COMB_DELAYS_44K) {
            int delay = scaledDelay(delay44k, sampleRate);
            double[] line = new double[delay];
            double lowPassed = 0;
            for (int i = 0; i < input.length; i++) {
                int slot = i % delay;
                double delayed = line[slot];
                lowPassed = delayed * (1 - damping) + lowPassed * damping;
                line[slot] = input[i] * COMB_INPUT_GAIN + lowPassed * feedback;
                sum[i] += delayed;
            }
        }
        return sum;
    }

    private static double[] allPasses(double[] input, int sampleRate) {
        double[] signal = input;
        for (int delay44k : ALL_PASS_DELAYS_44K) {
            signal = allPass(signal, scaledDelay(delay44k, sampleRate));
        }
        return signal;
    }

    private static double[] allPass(double[] input, int delay) {
        double[] line = new double[delay];
        double[] output = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            int slot = i % delay;
            double delayed = line[slot];
            output[i] = delayed - input[i];
            line[slot] = input[i] + delayed * ALL_PASS_FEEDBACK;
        }
        return output;
    }

    private static int scaledDelay(int delay44k, int sampleRate) {
        return Math.max(1, (int) Math.round(delay44k * sampleRate / 44100.0));
    }
}
