package org.tagbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.platform.UserDataFolder;

/** A failed command says in one line what went wrong and where its stack trace was written. */
class CliFailureLogTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private String originalData;

    @BeforeEach
    void userDataInTemporaryFolder() {
        originalData = System.getProperty(UserDataFolder.OVERRIDE_PROPERTY);
        System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        if (originalData == null) {
            System.clearProperty(UserDataFolder.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, originalData);
        }
    }

    @Test
    void aFailedCommandWritesItsTraceToTheLogAndPrintsWhere() throws Exception {
        Path missing = dir.resolve("none.wav");
        assertEquals(ExitCodes.ERROR, TagbenchCli.execute("mel", missing.toString()));

        Path log = dir.resolve("data").resolve("tagbench.log");
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("tagbench mel: "), message);
        assertTrue(message.contains("details in " + log), message);
        assertEquals(1, message.strip().lines().count(), "one line on the terminal, the trace in the log: " + message);
        String logged = Files.readString(log);
        assertTrue(logged.contains("tagbench mel " + missing), logged);
        assertTrue(logged.contains("\tat org.tagbench."), "the stack trace is logged: " + logged);
    }
}
