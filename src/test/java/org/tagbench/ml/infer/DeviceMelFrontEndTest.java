package org.tagbench.ml.infer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.LogScale;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.testsupport.TestData;

/**
 * The device front end (DJL STFT in float32) against the CPU front end that matches librosa: every preset, real
 * clips of the dev corpus, within 0.05 dB everywhere (natural-log presets compared in dB too). Runs on the CPU
 * device here; on a GPU the same code runs on CUDA.
 */
class DeviceMelFrontEndTest {
    private static final double TOLERANCE_DB = 0.05;
    private static final double DB_PER_NEPER = 10 / Math.log(10);

    private static List<Path> clips() throws Exception {
        try (Stream<Path> files = Files.list(TestData.devCorpus().resolve("train_curated"))) {
            return files.filter(p -> p.toString().endsWith(".wav")).sorted().limit(4).toList();
        }
    }

    @Test
    void agreesWithTheCpuFrontEndWithinTheToleranceForEveryPreset() throws Exception {
        List<Path> clips = clips();
        assertEquals(4, clips.size());
        for (MelConfig config : MelConfig.presets()) {
            MelSpectrogram cpu = new MelSpectrogram(config);
            double worst = 0;
            try (DeviceMelFrontEnd device = new DeviceMelFrontEnd(config, Device.cpu())) {
                for (Path clip : clips) {
                    float[] samples = AudioFiles.decode(clip, config.sampleRate()).samples();
                    float[][] expected = cpu.logMel(samples);
                    float[][] actual = device.logMel(samples);
                    assertEquals(expected.length, actual.length, config.name());
                    assertEquals(expected[0].length, actual[0].length, config.name() + " frames of " + clip);
                    worst = Math.max(worst, maxDifferenceDb(config, expected, actual));
                }
            }
            assertTrue(worst <= TOLERANCE_DB, config.name() + ": max difference " + worst + " dB");
        }
    }

    private static double maxDifferenceDb(MelConfig config, float[][] expected, float[][] actual) {
        double scale = config.logScale().kind() == LogScale.Kind.LN_OFFSET ? DB_PER_NEPER : 1;
        double worst = 0;
        for (int band = 0; band < expected.length; band++) {
            for (int frame = 0; frame < expected[band].length; frame++) {
                worst = Math.max(worst, Math.abs(expected[band][frame] - actual[band][frame]) * scale);
            }
        }
        return worst;
    }
}
