package org.tagbench.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Tiny valid 16-bit mono 44.1 kHz PCM WAV files and CSV text for test fixtures. */
final class TestWavs {
    static final int SAMPLE_RATE = 44_100;
    private static final int HEADER_BYTES = 44;

    private TestWavs() {}

    /** Writes a WAV with the given number of frames (a short ramp) and returns its path. */
    static Path write(Path file, int frames) throws IOException {
        Files.createDirectories(file.getParent());
        ByteBuffer bytes = ByteBuffer.allocate(HEADER_BYTES + 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(ascii("RIFF")).putInt(36 + 2 * frames).put(ascii("WAVE"));
        bytes.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(SAMPLE_RATE).putInt(SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        bytes.put(ascii("data")).putInt(2 * frames);
        for (int i = 0; i < frames; i++) {
            bytes.putShort((short) (i * 37));
        }
        return Files.write(file, bytes.array());
    }

    /** Writes lines joined by \n with a final \n. */
    static Path writeLines(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
