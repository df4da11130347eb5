package org.tagbench.dsp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only reader for mono 16-bit PCM and 32-bit float WAV files (walks the RIFF chunks, so fact/PEAK/LIST
 * chunks before the data are skipped). Kept here until the audio package's reader can be used.
 */
final class TestWav {
    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    record Audio(int sampleRate, float[] samples) {}

    private TestWav() {}

    static Audio read(Path path) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.getInt(0) != fourCc("RIFF") || bytes.getInt(8) != fourCc("WAVE")) {
            throw new IOException("not a RIFF/WAVE file: " + path);
        }
        int format = -1;
        int bits = 0;
        int sampleRate = 0;
        int position = 12;
        while (position + 8 <= bytes.limit()) {
            int id = bytes.getInt(position);
            int size = bytes.getInt(position + 4);
            int body = position + 8;
            if (id == fourCc("fmt ")) {
                format = Short.toUnsignedInt(bytes.getShort(body));
                if (format == FORMAT_EXTENSIBLE) {
                    format = Short.toUnsignedInt(bytes.getShort(body + 24));
                }
                int channels = bytes.getShort(body + 2);
                if (channels != 1) {
                    throw new IOException("test reader handles mono only, got " + channels + " channels: " + path);
                }
                sampleRate = bytes.getInt(body + 4);
                bits = bytes.getShort(body + 14);
            } else if (id == fourCc("data")) {
                int available = Math.min(size, bytes.limit() - body);
                return new Audio(sampleRate, decode(bytes, body, available, format, bits, path));
            }
            position = body + size + (size & 1);
        }
        throw new IOException("no data chunk: " + path);
    }

    private static float[] decode(ByteBuffer bytes, int offset, int length, int format, int bits, Path path)
            throws IOException {
        if (format == FORMAT_PCM && bits == 16) {
            float[] samples = new float[length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = bytes.getShort(offset + 2 * i) / 32768f;
            }
            return samples;
        }
        if (format == FORMAT_FLOAT && bits == 32) {
            float[] samples = new float[length / 4];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = bytes.getFloat(offset + 4 * i);
            }
            return samples;
        }
        throw new IOException("unsupported WAV format " + format + "/" + bits + " bit: " + path);
    }

    private static int fourCc(String text) {
        return (text.charAt(0)) | (text.charAt(1) << 8) | (text.charAt(2) << 16) | (text.charAt(3) << 24);
    }
}
