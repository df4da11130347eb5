package org.tagbench.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An open clip: positional reads bounded by the file size, every I/O failure turned into a decode exception. */
final class ClipFile implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final long size;

    private ClipFile(Path path, FileChannel channel, long size) {
        this.path = path;
        this.channel = channel;
        this.size = size;
    }

    static ClipFile open(Path path) throws AudioDecodeException {
        if (Files.isDirectory(path)) {
            throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE, "is a directory");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ);
            long size = channel.size();
            if (size == 0) {
                throw new AudioDecodeException(path, AudioDecodeException.Reason.EMPTY_FILE, "the file is 0 bytes long");
            }
            return new ClipFile(path, channel, size);
        } catch (NoSuchFileException e) {
            throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE, "no such file", e);
        } catch (IOException e) {
            closeQuietly(channel);
            if (e instanceof AudioDecodeException decodeException) {
                throw decodeException;
            }
            throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE, describe(e), e);
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    /** Reads up to {@code length} bytes at {@code position} (fewer at the end of the file); little-endian, flipped. */
    ByteBuffer read(long position, int length) throws AudioDecodeException {
        int available = (int) Math.max(0, Math.min(length, size - position));
        ByteBuffer buffer = ByteBuffer.allocate(available).order(ByteOrder.LITTLE_ENDIAN);
        readFully(position, buffer);
        return buffer.flip();
    }

    /** Fills {@code buffer} from {@code position}; the caller sizes it within the file. */
    void readFully(long position, ByteBuffer buffer) throws AudioDecodeException {
        try {
            long at = position;
            while (buffer.hasRemaining()) {
                int count = channel.read(buffer, at);
                if (count < 0) {
                    throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE,
                            "the file shrank while being read (ended at byte " + at + ")");
                }
                at += count;
            }
        } catch (AudioDecodeException e) {
            throw e;
        } catch (IOException e) {
            throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE, describe(e), e);
        }
    }

    /** A stream over the file from {@code position}; it shares this clip's channel, which {@link #close} closes. */
    InputStream streamFrom(long position) throws AudioDecodeException {
        try {
            return Channels.newInputStream(channel.position(position));
        } catch (IOException e) {
            throw new AudioDecodeException(path, AudioDecodeException.Reason.UNREADABLE, describe(e), e);
        }
    }

    AudioDecodeException failure(AudioDecodeException.Reason reason, String detail) {
        return new AudioDecodeException(path, reason, detail);
    }

    AudioDecodeException failure(AudioDecodeException.Reason reason, String detail, Throwable cause) {
        return new AudioDecodeException(path, reason, detail, cause);
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Read-only channel: nothing was written that closing could lose.
        }
    }
}
