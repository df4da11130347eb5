package org.tagbench.dsp;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.tagbench.bench.KernelBenchmark;
import org.tagbench.bench.TestSignal;

/**
 * Power spectrum of one windowed 2560-point frame (the daisukelab family's FFT size): the radix-5 split the STFT uses,
 * against one JTransforms mixed-radix FFT of the same size and a naive DFT (the textbook sum, table-driven).
 */
public class SpectrumBenchmark extends KernelBenchmark {
    private static final int SIZE = 2560;

    private float[] frame;
    private double[] window;
    private double[] power;
    private FrameSpectrum radixFive;
    private FrameSpectrum jTransforms;
    private double[] cosines;
    private double[] sines;
    private double[] windowed;

    @Setup
    public void prepare() {
        frame = TestSignal.of(SIZE, TestSignal.FAT_RATE);
        window = MelSpectrogram.centredPeriodicHann(SIZE, SIZE);
        power = new double[SIZE / 2 + 1];
        radixFive = new RadixFiveSpectrum(SIZE);
        jTransforms = new RealFftSpectrum(SIZE);
        cosines = new double[SIZE];
        sines = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            cosines[i] = Math.cos(2 * Math.PI * i / SIZE);
            sines[i] = Math.sin(2 * Math.PI * i / SIZE);
        }
        windowed = new double[SIZE];
    }

    @Benchmark
    public double[] radixFive() {
        radixFive.power(frame, 0, window, power);
        return power;
    }

    @Benchmark
    public double[] jTransforms() {
        jTransforms.power(frame, 0, window, power);
        return power;
    }

    /** |Σ_j x_j e^{-2πi kj/n}|² for k = 0..n/2, the angle taken from a table (kj mod n). */
    @Benchmark
    public double[] naiveDft() {
        FrameSpectrum.loadWindowed(frame, 0, window, windowed);
        for (int k = 0; k <= SIZE / 2; k++) {
            double re = 0;
            double im = 0;
            int angle = 0;
            for (int j = 0; j < SIZE; j++) {
                re += windowed[j] * cosines[angle];
                im -= windowed[j] * sines[angle];
                angle += k;
                if (angle >= SIZE) {
                    angle -= SIZE;
                }
            }
            power[k] = re * re + im * im;
        }
        return power;
    }
}
