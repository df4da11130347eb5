package org.tagbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs commands in this JVM as a script would, stdout captured until closed: arguments in, output and exit code out. */
final class CapturedCli implements AutoCloseable {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;

    CapturedCli() {
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** What the command printed on stdout; fails when it exits with another code. */
    String run(int expectedExit, String... args) {
        out.reset();
        int exit = TagbenchCli.execute(args);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, printed);
        return printed;
    }

    @Override
    public void close() {
        System.setOut(originalOut);
    }
}
