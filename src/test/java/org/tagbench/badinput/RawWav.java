package org.tagbench.badinput;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * WAV bytes written field by field, independently of the decoder under test, with every size field open to a lie.
 * The layout is the canonical 44-byte header: RIFF size WAVE, fmt chunk of 16 bytes, data chunk.
 */
record RawWav(int formatTag, int channels, int rate, int bits, int frames, Integer riffSize, Integer fmtSize,
              Integer dataSize, Integer blockAlign) {

    static final int PCM = 1;
    static final int FLOAT = 3;
    static final int HEADER_BYTES = 44;

    /** The offsets where each header field starts, for cutting a file at every field. */
    static final int[] FIELD_OFFSETS = {0, 4, 8, 12, 16, 20, 22, 24, 28, 32, 34, 36, 40, 44};

    static RawWav pcm(int bits, int channels, int rate, int frames) {
        return new RawWav(PCM, channels, rate, bits, frames, null, null, null, null);
    }

    static RawWav ieeeFloat(int bits, int channels, int rate, int frames) {
        return new RawWav(FLOAT, channels, rate, bits, frames, null, null, null, null);
    }

    RawWav withRiffSize(int size) {
        return new RawWav(formatTag, channels, rate, bits, frames, size, fmtSize, dataSize, blockAlign);
    }

    RawWav withFmtSize(int size) {
        return new RawWav(formatTag, channels, rate, bits, frames, riffSize, size, dataSize, blockAlign);
    }

    RawWav withDataSize(int size) {
        return new RawWav(formatTag, channels, rate, bits, frames, riffSize, fmtSize, size, blockAlign);
    }

    RawWav withBlockAlign(int bytes) {
        return new RawWav(formatTag, channels, rate, bits, frames, riffSize, fmtSize, dataSize, bytes);
    }

    private int bytesPerSample() {
        return Math.max(1, bits / 8);
    }

    private int sampleBytes() {
        return frames * Math.max(1, channels) * bytesPerSample();
    }

    byte[] bytes() {
        int payload = sampleBytes();
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + payload).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(riffSize != null ? riffSize : 36 + payload).put(ascii("WAVE"));
        int align = blockAlign != null ? blockAlign : Math.max(1, channels) * bytesPerSample();
        out.put(ascii("fmt ")).putInt(fmtSize != null ? fmtSize : 16).putShort((short) formatTag)
                .putShort((short) channels).putInt(rate).putInt(rate * align).putShort((short) align)
                .putShort((short) bits);
        out.put(ascii("data")).putInt(dataSize != null ? dataSize : payload);
        writeSamples(out);
        return out.array();
    }

    /** A 440 Hz tone at half scale on every channel, so trimming and the log-mel see real signal. */
    private void writeSamples(ByteBuffer out) {
        int safeRate = Math.max(1, rate);
        for (int frame = 0; frame < frames; frame++) {
            double value = 0.5 * Math.sin(2 * Math.PI * 440.0 * frame / safeRate);
            for (int channel = 0; channel < Math.max(1, channels); channel++) {
                writeSample(out, value);
            }
        }
    }

    private void writeSample(ByteBuffer out, double value) {
        if (formatTag == FLOAT && bits == 64) {
            out.putDouble(value);
        } else if (formatTag == FLOAT && bits == 32) {
            out.putFloat((float) value);
        } else if (formatTag == FLOAT) {
            out.put(new byte[bytesPerSample()]);
        } else {
            switch (bits) {
                case 8 -> out.put((byte) (128 + Math.round(value * 127)));
                case 16 -> out.putShort((short) Math.round(value * 32767));
                case 24 -> {
                    int scaled = (int) Math.round(value * 8_388_607);
                    out.put((byte) scaled).put((byte) (scaled >> 8)).put((byte) (scaled >> 16));
                }
                case 32 -> out.putInt((int) Math.round(value * 2_147_483_647.0));
                default -> out.put(new byte[bytesPerSample()]);
            }
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
