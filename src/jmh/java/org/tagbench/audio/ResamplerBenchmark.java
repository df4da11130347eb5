package org.tagbench.audio;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.tagbench.bench.KernelBenchmark;
import org.tagbench.bench.TestSignal;

/**
 * 5 s of 48 kHz audio to 44.1 kHz (the FSD rate): the band-limited resampler against linear interpolation to the
 * same length, the cheapest conversion there is (and the one that lets aliases through).
 */
public class ResamplerBenchmark extends KernelBenchmark {
    private static final int FROM = 48_000;
    private static final int TO = TestSignal.FAT_RATE;

    private float[] audio;
    private float[] interpolated;

    @Setup
    public void prepare() {
        audio = TestSignal.fiveSeconds(FROM);
        interpolated = new float[Resampler.outputLength(audio.length, FROM, TO)];
    }

    @Benchmark
    public float[] bandLimited() {
        return Resampler.resample(audio, FROM, TO);
    }

    @Benchmark
    public float[] linearInterpolation() {
        double step = (double) FROM / TO;
        int last = audio.length - 1;
        for (int k = 0; k < interpolated.length; k++) {
            double position = k * step;
            int left = Math.min((int) position, last);
            int right = Math.min(left + 1, last);
            float share = (float) (position - left);
            interpolated[k] = audio[left] + share * (audio[right] - audio[left]);
        }
        return interpolated;
    }
}
