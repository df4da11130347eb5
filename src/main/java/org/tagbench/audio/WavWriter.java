package org.tagbench.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes mono WAV files: 16-bit PCM (rounded, clipped to full scale) or 32-bit IEEE float (exact). */
public final class WavWriter {

    private static final short TAG_PCM = 1;
    private static final short TAG_IEEE_FLOAT = 3;

    private WavWriter() {
    }

    public static void writePcm16(Path file, float[] samples, int rate) throws IOException {
        ByteBuffer wav = header(TAG_PCM, 16, samples.length, rate, false);
        for (float sample : samples) {
            wav.putShort(toPcm16(sample));
        }
        write(file, wav);
    }

    /** Float WAV with the 'fact' chunk the WAVE spec asks of non-PCM formats. */
    public static void writeFloat32(Path file, float[] samples, int rate) throws IOException {
        ByteBuffer wav = header(TAG_IEEE_FLOAT, 32, samples.length, rate, true);
        wav.asFloatBuffer().put(samples);
        wav.position(wav.position() + samples.length * Float.BYTES);
        write(file, wav);
    }

    /** Rounds to the nearest step of 1/32768, the inverse of the decoder's scaling; NaN becomes 0. */
    static short toPcm16(float sample) {
        long scaled = Math.round(sample * 32768.0);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
    }

    private static ByteBuffer header(short formatTag, int bits, int frames, int rate, boolean withFact) {
        if (rate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, was " + rate);
        }
        int bytesPerSample = bits / 8;
        long dataBytes = (long) frames * bytesPerSample;
        int factBytes = withFact ? 12 : 0;
        long riffSize = 4 + (8 + 16) + factBytes + 8 + dataBytes;
        if (riffSize > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(frames + " samples do not fit a WAV file (4 GB limit)");
        }
        ByteBuffer wav = ByteBuffer.allocate(Math.toIntExact(8 + riffSize)).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt((int) riffSize).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort(formatTag).putShort((short) 1).putInt(rate)
                .putInt(rate * bytesPerSample).putShort((short) bytesPerSample).putShort((short) bits);
        if (withFact) {
            wav.put(ascii("fact")).putInt(4).putInt(frames);
        }
        wav.put(ascii("data")).putInt((int) dataBytes);
        return wav;
    }

    private static byte[] ascii(String id) {
        return id.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void write(Path file, ByteBuffer wav) throws IOException {
        wav.flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (wav.hasRemaining()) {
                channel.write(wav);
            }
        }
    }
}
