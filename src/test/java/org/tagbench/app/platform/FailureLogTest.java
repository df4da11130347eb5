package org.tagbench.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureLogTest {
    @TempDir
    Path folder;

    /** Each entry is about 4 kB (a JUnit stack trace), so 60 fill the log more than once. */
    @Test
    void aFullLogMovesAsideSoTheTwoStayNearTheLimit() throws Exception {
        Path file = folder.resolve("data").resolve("tagbench.log");
        FailureLog log = new FailureLog(file, 20_000);
        for (int i = 0; i < 60; i++) {
            assertEquals(file, log.record("job " + i, new IOException("failure " + i)));
        }
        Path older = folder.resolve("data").resolve("tagbench.log.1");
        assertTrue(Files.size(file) < 20_000 + 8_000, "live log " + Files.size(file));
        assertTrue(Files.size(older) >= 20_000 && Files.size(older) < 20_000 + 8_000, "older log " + Files.size(older));
        assertTrue(Files.readString(file).contains("job 59\njava.io.IOException: failure 59"));
        assertEquals(2, Files.list(file.getParent()).count());
    }

    @Test
    void anUnwritableLogAnswersNullInsteadOfThrowing() throws Exception {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "");
        assertNull(new FailureLog(notAFolder.resolve("tagbench.log"), 1_000).record("job", new IOException("x")));
    }
}
