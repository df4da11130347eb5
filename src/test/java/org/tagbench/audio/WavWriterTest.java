package org.tagbench.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class WavWriterTest {

    @TempDir
    Path dir;

    private final float[] signal = ResamplerTest.sine(440, 0.8, 22050, 2205);

    @Test
    void float32RoundTripsExactly() throws IOException {
        Path file = dir.resolve("f.wav");

        WavWriter.writeFloat32(file, signal, 22050);
        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertArrayEquals(signal, decoded.samples());
        assertEquals(new AudioInfo(file, "wav-float32", 22050, 1, signal.length, 32), decoded.source());
    }

    @Test
    void pcm16RoundTripsToTheNearest16BitStep() throws IOException {
        Path file = dir.resolve("i.wav");

        WavWriter.writePcm16(file, signal, 22050);
        float[] decoded = AudioFiles.decodeNative(file).samples();

        for (int i = 0; i < signal.length; i++) {
            assertEquals(Math.round(signal[i] * 32768.0) / 32768f, decoded[i], 0f, "sample " + i);
        }
    }

    @Test
    void pcm16ClipsToFullScaleAndWritesNanAsSilence() {
        assertEquals(Short.MAX_VALUE, WavWriter.toPcm16(1.5f));
        assertEquals(Short.MAX_VALUE, WavWriter.toPcm16(1f));
        assertEquals(Short.MIN_VALUE, WavWriter.toPcm16(-1f));
        assertEquals(Short.MIN_VALUE, WavWriter.toPcm16(-7f));
        assertEquals(0, WavWriter.toPcm16(Float.NaN));
    }

    /** An independent reader (the JDK's) must see the same format and samples. */
    @Test
    void filesReadBackThroughJavaSound() throws IOException, UnsupportedAudioFileException {
        Path pcm = dir.resolve("pcm.wav");
        Path floats = dir.resolve("float.wav");
        WavWriter.writePcm16(pcm, signal, 22050);
        WavWriter.writeFloat32(floats, signal, 22050);

        try (AudioInputStream in = AudioSystem.getAudioInputStream(pcm.toFile())) {
            AudioFormat format = in.getFormat();
            assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
            assertEquals(22050f, format.getSampleRate());
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < signal.length; i++) {
                assertEquals(WavWriter.toPcm16(signal[i]), bytes.getShort(2 * i));
            }
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(floats.toFile())) {
            assertEquals(AudioFormat.Encoding.PCM_FLOAT, in.getFormat().getEncoding());
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < signal.length; i++) {
                assertEquals(signal[i], bytes.getFloat(4 * i));
            }
        }
    }
}
