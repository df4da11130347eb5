package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/** A clip that cannot be decoded; the message reads {@code "<file>: <reason text>: <detail>"}. */
public final class AudioDecodeException extends IOException {

    public enum Reason {
        UNREADABLE("cannot read file"),
        EMPTY_FILE("empty file"),
        TRUNCATED_HEADER("truncated header"),
        ZERO_LENGTH_DATA("no audio data"),
        UNSUPPORTED_CODEC("unsupported codec"),
        INVALID_FORMAT("invalid format"),
        CORRUPT_DATA("corrupt audio data");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final transient Path file;
    private final Reason reason;
    private final String detail;

    public AudioDecodeException(Path file, Reason reason, String detail) {
        this(file, reason, detail, null);
    }

    public AudioDecodeException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + reason.text() + ": " + detail, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The specific cause in words, without the file and reason prefix. */
    public String detail() {
        return detail;
    }
}
