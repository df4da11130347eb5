package org.tagbench.ui.timeline;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.tagbench.bench.KernelBenchmark;
import org.tagbench.bench.TestSignal;

/**
 * The waveform's min/max pyramid of 5 s at 44.1 kHz: building it, and reading 1600 columns from it (one full-width
 * draw), each against one min/max pass over the samples (what drawing without a pyramid costs at least).
 */
public class WaveformSummaryBenchmark extends KernelBenchmark {
    private static final int COLUMNS = 1600;

    private float[] audio;
    private WaveformSummary summary;

    @Setup
    public void prepare() {
        audio = TestSignal.fiveSeconds(TestSignal.FAT_RATE);
        summary = WaveformSummary.of(audio, TestSignal.FAT_RATE);
    }

    @Benchmark
    public WaveformSummary build() {
        return WaveformSummary.of(audio, TestSignal.FAT_RATE);
    }

    @Benchmark
    public float[][] columns1600() {
        return summary.columns(0, TestSignal.SECONDS, COLUMNS);
    }

    @Benchmark
    public float[] minMaxPass() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float sample : audio) {
            min = Math.min(min, sample);
            max = Math.max(max, sample);
        }
        return new float[] {min, max};
    }
}
