package org.tagbench.audio;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads audio headers. This version understands canonical PCM RIFF/WAVE only. */
public final class AudioFiles {
    private static final int PCM_FORMAT_TAG = 1;

    private AudioFiles() {}

    /** Reads the header only: the fmt chunk and the size of the data chunk. */
    public static AudioInfo probe(Path file) throws AudioDecodeException {
        try (InputStream in = Files.newInputStream(file)) {
            return readWaveHeader(file, in);
        } catch (AudioDecodeException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.NOT_FOUND, "no such file", e);
        } catch (EOFException e) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.TRUNCATED, "file ends inside the WAV header", e);
        } catch (IOException e) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.UNREADABLE, e.getMessage(), e);
        }
    }

    private static AudioInfo readWaveHeader(Path file, InputStream in) throws IOException {
        ByteBuffer riff = readBytes(in, 12);
        if (riff.getInt(0) != fourCc("RIFF") || riff.getInt(8) != fourCc("WAVE")) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.NOT_AUDIO, "not a RIFF/WAVE file");
        }
        ByteBuffer format = null;
        while (true) {
            ByteBuffer chunkHeader = readBytes(in, 8);
            int id = chunkHeader.getInt(0);
            long size = Integer.toUnsignedLong(chunkHeader.getInt(4));
            if (id == fourCc("fmt ")) {
                format = readBytes(in, (int) Math.min(size, 64));
                in.skipNBytes(size - format.capacity() + (size & 1));
            } else if (id == fourCc("data")) {
                return describe(file, format, size);
            } else {
                in.skipNBytes(size + (size & 1));
            }
        }
    }

    private static AudioInfo describe(Path file, ByteBuffer format, long dataBytes) throws AudioDecodeException {
        if (format == null || format.capacity() < 16) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.MALFORMED, "data chunk before a valid fmt chunk");
        }
        int formatTag = Short.toUnsignedInt(format.getShort(0));
        int channels = Short.toUnsignedInt(format.getShort(2));
        int sampleRate = format.getInt(4);
        int blockAlign = Short.toUnsignedInt(format.getShort(12));
        int bitsPerSample = Short.toUnsignedInt(format.getShort(14));
        if (formatTag != PCM_FORMAT_TAG) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.UNSUPPORTED_FORMAT, "WAV format tag " + formatTag + " is not PCM");
        }
        if (channels == 0 || sampleRate <= 0 || blockAlign == 0) {
            throw new AudioDecodeException(file, AudioDecodeException.Reason.MALFORMED, "fmt chunk has zero channels, rate or block size");
        }
        return new AudioInfo(file, "pcm", sampleRate, channels, dataBytes / blockAlign, bitsPerSample);
    }

    private static ByteBuffer readBytes(InputStream in, int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException();
        }
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int fourCc(String id) {
        return ByteBuffer.wrap(id.getBytes(StandardCharsets.US_ASCII)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
}
