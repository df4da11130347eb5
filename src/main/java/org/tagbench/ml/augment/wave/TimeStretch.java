package org.tagbench.ml.augment.wave;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.AudioProcessor;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Tempo change with the pitch kept: TarsosDSP's WSOLA run offline over the float array. A rate above 1 speeds up.
 * Output length is exactly {@code round(input.length / rate)} (WSOLA's own output is cut or zero-padded to it).
 * Clips shorter than one WSOLA window are too short to stretch and are linearly interpolated instead.
 */
public record TimeStretch(double rate) {
    public TimeStretch {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("rate must be positive and finite: " + rate);
        }
    }

    public static int outputLength(int inputLength, double rate) {
        return (int) Math.round(inputLength / rate);
    }

    public float[] apply(float[] samples, int sampleRate) {
        float[] input = WaveSamples.finiteAndClamped(samples);
        int length = outputLength(input.length, rate);
        var wsola = new WaveformSimilarityBasedOverlapAdd(
                WaveformSimilarityBasedOverlapAdd.Parameters.musicDefaults(rate, sampleRate));
        if (input.length < 2 * wsola.getInputBufferSize()) {
            return WaveSamples.finiteAndClamped(interpolated(input, length));
        }
        return WaveSamples.finiteAndClamped(WaveSamples.fitLength(stretched(input, sampleRate, wsola), length));
    }

    private static float[] stretched(float[] input, int sampleRate, WaveformSimilarityBasedOverlapAdd wsola) {
        AudioDispatcher dispatcher;
        try {
            dispatcher = AudioDispatcherFactory.fromFloatArray(input, sampleRate, wsola.getInputBufferSize(),
                    wsola.getOverlap());
        } catch (UnsupportedAudioFileException e) {
            throw new IllegalStateException("TarsosDSP refused a mono float stream at " + sampleRate + " Hz", e);
        }
        wsola.setDispatcher(dispatcher);
        var collector = new Collector();
        dispatcher.addAudioProcessor(wsola);
        dispatcher.addAudioProcessor(collector);
        dispatcher.run();
        return collector.samples();
    }

    /** Plain linear resampling to {@code length} samples: the fallback for clips too short for WSOLA. */
    static float[] interpolated(float[] input, int length) {
        float[] output = new float[length];
        if (input.length == 0) {
            return output;
        }
        double step = length > 1 ? (double) (input.length - 1) / (length - 1) : 0;
        for (int i = 0; i < length; i++) {
            double position = i * step;
            int left = (int) Math.floor(position);
            int right = Math.min(left + 1, input.length - 1);
            double fraction = position - left;
            output[i] = (float) (input[left] * (1 - fraction) + input[right] * fraction);
        }
        return output;
    }

    private static final class Collector implements AudioProcessor {
        private final List<float[]> blocks = new ArrayList<>();
        private int total;

        @Override
        public boolean process(AudioEvent audioEvent) {
            float[] block = audioEvent.getFloatBuffer().clone();
            blocks.add(block);
            total += block.length;
            return true;
        }

        @Override
        public void processingFinished() {
        }

        float[] samples() {
            float[] joined = new float[total];
            int offset = 0;
            for (float[] block : blocks) {
                System.arraycopy(block, 0, joined, offset, block.length);
                offset += block.length;
            }
            return joined;
        }
    }
}
