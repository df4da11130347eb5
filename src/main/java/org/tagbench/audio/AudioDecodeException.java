package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Path;

/** An audio file that cannot be read, with the file and a machine-readable reason. */
public final class AudioDecodeException extends IOException {

    public enum Reason { NOT_FOUND, UNREADABLE, NOT_AUDIO, UNSUPPORTED_FORMAT, TRUNCATED, MALFORMED }

    private final transient Path file;
    private final Reason reason;

    public AudioDecodeException(Path file, Reason reason, String message) {
        super(file + ": " + message);
        this.file = file;
        this.reason = reason;
    }

    public AudioDecodeException(Path file, Reason reason, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
