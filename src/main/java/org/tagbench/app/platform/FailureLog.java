package org.tagbench.app.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The log of failed jobs and commands with their stack traces, which the one-line message on screen leaves out:
 * {@code tagbench.log} in the user data folder, moved to {@code tagbench.log.1} (replacing the older one) once it
 * passes {@link #DEFAULT_LIMIT} bytes, so the two never hold more than about twice that.
 * Not java.util.logging's FileHandler: it names a rotated live file tagbench.log.0, and a second process (a command
 * while the window is open) gets tagbench.log.0.1, so the path a message points to would be wrong.
 */
public final class FailureLog {
    public static final long DEFAULT_LIMIT = 1 << 20;

    private final Path file;
    private final long limit;

    public FailureLog(Path file, long limit) {
        this.file = file;
        this.limit = limit;
    }

    /** The log in the user data folder. */
    public static FailureLog user() {
        return new FailureLog(UserDataFolder.logFile(), DEFAULT_LIMIT);
    }

    public Path file() {
        return file;
    }

    /**
     * Appends what failed and its stack trace. Returns the log's path, or null when it cannot be written: logging
     * must never hide the failure it reports, so its own problem only goes to stderr.
     */
    public Path record(String what, Throwable error) {
        StringWriter entry = new StringWriter();
        entry.append(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).append(' ').append(what).append('\n');
        error.printStackTrace(new PrintWriter(entry));
        try {
            write(entry.append('\n').toString());
            return file;
        } catch (IOException e) {
            System.err.println("tagbench: cannot write the log " + file + ": " + e.getMessage());
            return null;
        }
    }

    private synchronized void write(String entry) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (Files.isRegularFile(file) && Files.size(file) >= limit) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        // One write in append mode, so entries from a command and the open window do not interleave.
        Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
