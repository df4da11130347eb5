package org.tagbench.audio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds WAV files byte by byte for tests, independently of the reader: any format tag, bit depth and channel count,
 * WAVE_FORMAT_EXTENSIBLE, extra chunks, and deliberately wrong size fields.
 */
final class WavBuilder {

    static final int TAG_PCM = 1;
    static final int TAG_FLOAT = 3;
    private static final int TAG_EXTENSIBLE = 0xFFFE;
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

    private int formatTag = TAG_PCM;
    private int channels = 1;
    private int rate = 44100;
    private int bitsPerSample = 16;
    private Integer blockAlign;
    private boolean extensible;
    private byte[] subFormatGuidTail = GUID_TAIL;
    private double[][] signal = new double[1][0];
    private Long declaredDataBytes;
    private final List<byte[]> chunksBeforeFmt = new ArrayList<>();
    private final List<byte[]> chunksBeforeData = new ArrayList<>();

    static WavBuilder pcm(int bits, int channels, int rate) {
        WavBuilder builder = new WavBuilder();
        builder.formatTag = TAG_PCM;
        builder.bitsPerSample = bits;
        builder.channels = channels;
        builder.rate = rate;
        return builder;
    }

    static WavBuilder ieeeFloat(int bits, int channels, int rate) {
        WavBuilder builder = pcm(bits, channels, rate);
        builder.formatTag = TAG_FLOAT;
        return builder;
    }

    WavBuilder formatTag(int tag) {
        formatTag = tag;
        return this;
    }

    WavBuilder channels(int count) {
        channels = count;
        return this;
    }

    WavBuilder rate(int hertz) {
        rate = hertz;
        return this;
    }

    WavBuilder blockAlign(int bytes) {
        blockAlign = bytes;
        return this;
    }

    WavBuilder extensible() {
        extensible = true;
        return this;
    }

    WavBuilder subFormatGuidTail(byte[] tail) {
        subFormatGuidTail = tail.clone();
        return this;
    }

    /** One array per channel, values in [-1, 1]. */
    WavBuilder signal(double[][] perChannel) {
        signal = perChannel;
        return this;
    }

    WavBuilder declaredDataBytes(long bytes) {
        declaredDataBytes = bytes;
        return this;
    }

    WavBuilder chunkBeforeFmt(String id, byte[] body) {
        chunksBeforeFmt.add(chunk(id, body, true));
        return this;
    }

    WavBuilder chunkBeforeData(String id, byte[] body) {
        chunksBeforeData.add(chunk(id, body, true));
        return this;
    }

    /** An odd-sized chunk written without the pad byte the RIFF spec asks for (a common writer bug). */
    WavBuilder unpaddedChunkBeforeData(String id, byte[] body) {
        chunksBeforeData.add(chunk(id, body, false));
        return this;
    }

    int sampleRate() {
        return rate;
    }

    int channelCount() {
        return channels;
    }

    int bitsPerSample() {
        return bitsPerSample;
    }

    boolean isFloat() {
        return formatTag == TAG_FLOAT;
    }

    int frames() {
        return signal[0].length;
    }

    int bytesPerSample() {
        return (bitsPerSample + 7) / 8;
    }

    byte[] build() {
        byte[] data = encodeSamples();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii("WAVE"));
        chunksBeforeFmt.forEach(body::writeBytes);
        body.writeBytes(chunk("fmt ", fmtBody(), true));
        chunksBeforeData.forEach(body::writeBytes);
        long dataSize = declaredDataBytes != null ? declaredDataBytes : data.length;
        body.writeBytes(ascii("data"));
        body.writeBytes(le32(dataSize));
        body.writeBytes(data);
        if (data.length % 2 == 1) {
            body.write(0);
        }
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        riff.writeBytes(ascii("RIFF"));
        riff.writeBytes(le32(body.size()));
        riff.writeBytes(body.toByteArray());
        return riff.toByteArray();
    }

    Path writeTo(Path directory, String name) throws IOException {
        return Files.write(directory.resolve(name), build());
    }

    private byte[] fmtBody() {
        int align = blockAlign != null ? blockAlign : channels * bytesPerSample();
        ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) (extensible ? TAG_EXTENSIBLE : formatTag)).putShort((short) channels).putInt(rate)
                .putInt(rate * align).putShort((short) align).putShort((short) bitsPerSample);
        if (extensible) {
            fmt.putShort((short) 22).putShort((short) bitsPerSample).putInt(channelMask())
                    .putShort((short) formatTag).put(subFormatGuidTail);
        }
        return fmt.array();
    }

    private int channelMask() {
        return channels >= 32 ? -1 : (1 << channels) - 1;
    }

    private byte[] encodeSamples() {
        int frames = frames();
        ByteBuffer out = ByteBuffer.allocate(frames * channels * bytesPerSample()).order(ByteOrder.LITTLE_ENDIAN);
        for (int frame = 0; frame < frames; frame++) {
            for (int c = 0; c < channels; c++) {
                putSample(out, signal[c][frame]);
            }
        }
        return out.array();
    }

    private void putSample(ByteBuffer out, double value) {
        if (formatTag == TAG_FLOAT) {
            if (bitsPerSample == 64) {
                out.putDouble(value);
            } else {
                out.putFloat((float) value);
            }
            return;
        }
        // Bit depths below the container size are stored left-justified.
        long quantized = quantize(value, bitsPerSample) << (bytesPerSample() * 8 - bitsPerSample);
        switch (bytesPerSample()) {
            case 1 -> out.put((byte) (quantized + 128));
            case 2 -> out.putShort((short) quantized);
            case 3 -> out.put((byte) quantized).put((byte) (quantized >> 8)).put((byte) (quantized >> 16));
            default -> out.putInt((int) quantized);
        }
    }

    /** Nearest integer step of 2^-(bits-1), clipped to the container range. */
    static long quantize(double value, int bits) {
        double full = Math.scalb(1.0, bits - 1);
        return Math.max((long) -full, Math.min((long) full - 1, Math.round(value * full)));
    }

    static byte[] chunk(String id, byte[] body, boolean padOddSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(id));
        out.writeBytes(le32(body.length));
        out.writeBytes(body);
        if (padOddSize && body.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] le32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
    }

    /** Channel c: a sine at 220*(c+1) Hz with amplitude 0.9 - 0.1c, phase-shifted per channel. */
    static double[][] tones(int channels, int frames, int rate) {
        double[][] signal = new double[channels][frames];
        for (int c = 0; c < channels; c++) {
            double frequency = 220.0 * (c + 1);
            double amplitude = 0.9 - 0.1 * c;
            for (int i = 0; i < frames; i++) {
                signal[c][i] = amplitude * Math.sin(2 * Math.PI * frequency * i / rate + c);
            }
        }
        return signal;
    }

    static double[] average(double[][] perChannel) {
        double[] mono = new double[perChannel[0].length];
        for (double[] channel : perChannel) {
            for (int i = 0; i < mono.length; i++) {
                mono[i] += channel[i] / perChannel.length;
            }
        }
        return mono;
    }
}
