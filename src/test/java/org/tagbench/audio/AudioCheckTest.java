package org.tagbench.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioCheckTest {
    @TempDir
    Path dir;

    private static float[] tone(int frames) {
        float[] samples = new float[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (float) (0.3 * Math.sin(i * 0.05));
        }
        return samples;
    }

    @Test
    void aWholeFileIsNotPartial() throws Exception {
        Path file = dir.resolve("whole.wav");
        WavWriter.writePcm16(file, tone(8000), 8000);
        AudioCheck check = AudioFiles.inspect(file);
        assertFalse(check.partial());
        assertNull(check.summary());
        assertEquals(8000, check.info().frames());
    }

    @Test
    void aTruncatedWavSaysHowMuchOfItsDeclaredLengthWasKept() throws Exception {
        Path file = dir.resolve("cut.wav");
        WavWriter.writePcm16(file, tone(19_200), 8000);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 44 + 2 * 160));
        AudioCheck check = AudioFiles.inspect(file);
        assertTrue(check.partial());
        assertEquals(160, check.info().frames());
        assertEquals("0.02 s of a declared 2.40 s", check.summary());
    }

    @Test
    void nanSamplesOfAFloatWavAreCountedAsZeroed() throws Exception {
        Path file = dir.resolve("nan.wav");
        float[] samples = tone(4000);
        for (int i = 0; i < 412; i++) {
            samples[i * 9] = i % 2 == 0 ? Float.NaN : Float.POSITIVE_INFINITY;
        }
        WavWriter.writeFloat32(file, samples, 8000);
        AudioCheck check = AudioFiles.inspect(file);
        assertEquals("412 NaN or infinite samples zeroed", check.summary());
        assertEquals(4000, check.info().frames());
    }

    @Test
    void aTruncatedFlacIsFoundByDecodingAndSaysWhatWasKept() throws Exception {
        Path whole = Fixtures.path(Fixtures.FLAC16_STEREO);
        assertFalse(AudioFiles.inspect(whole).partial());
        Path cut = dir.resolve("cut.flac");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        AudioCheck check = AudioFiles.inspect(cut);
        assertTrue(check.partial());
        assertTrue(check.info().frames() < check.declaredFrames());
        assertTrue(check.summary().matches("\\d+\\.\\d\\d s of a declared \\d+\\.\\d\\d s"), check.summary());
    }
}
