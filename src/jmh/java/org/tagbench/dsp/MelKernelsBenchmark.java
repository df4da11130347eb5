package org.tagbench.dsp;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.tagbench.bench.KernelBenchmark;
import org.tagbench.bench.TestSignal;

/**
 * The daisukelab preset (n_fft 2560, hop 347, 128 mels): the mel filterbank applied to one frame's spectrum, sparse
 * as the STFT does it against the dense matrix product; and the whole log-mel of 5 s of audio against the bare FFTs of
 * the same frames, so the ratio is what windowing, mel projection and the dB scale add.
 */
public class MelKernelsBenchmark extends KernelBenchmark {
    private MelConfig config;
    private MelSpectrogram extractor;
    private FrameSpectrum spectrum;
    private MelFilterbank filterbank;
    private double[][] denseFilterbank;
    private double[] window;
    private float[] audio;
    private double[] bins;
    private double[] mel;

    @Setup
    public void prepare() {
        config = MelConfig.preset("daisukelab");
        extractor = new MelSpectrogram(config);
        spectrum = FrameSpectrum.forSize(config.nFft());
        filterbank = MelFilterbank.of(config);
        denseFilterbank = filterbank.dense();
        window = MelSpectrogram.centredPeriodicHann(config.winLength(), config.nFft());
        audio = TestSignal.fiveSeconds(config.sampleRate());
        bins = new double[config.nFft() / 2 + 1];
        mel = new double[config.nMels()];
        spectrum.power(audio, config.frameStart(100), window, bins);
    }

    @Benchmark
    public double[] filterbankSparse() {
        filterbank.project(bins, mel);
        return mel;
    }

    @Benchmark
    public double[] filterbankDense() {
        for (int band = 0; band < denseFilterbank.length; band++) {
            double[] weights = denseFilterbank[band];
            double sum = 0;
            for (int bin = 0; bin < weights.length; bin++) {
                sum += weights[bin] * bins[bin];
            }
            mel[band] = sum;
        }
        return mel;
    }

    @Benchmark
    public float[][] logMel5s() {
        return extractor.logMel(audio);
    }

    @Benchmark
    public double[] fft5s() {
        for (int frame = 0, frames = config.frameCount(audio.length); frame < frames; frame++) {
            spectrum.power(audio, config.frameStart(frame), window, bins);
        }
        return bins;
    }
}
