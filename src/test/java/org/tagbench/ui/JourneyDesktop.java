package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user-journey tests need from the desktop they run on: a real X display with a window manager (started by
 * {@code src/test/journey/bin/java}), real key and mouse events through XTest (TestFX's glass robot on GTK),
 * whole-screen screenshots, and the command line run as a separate process, as a user would run it.
 */
final class JourneyDesktop {
    private final FxRobot robot = new FxRobot();
    private final Path shots;
    private final List<String> cliProperties;
    private int shotNumber;

    JourneyDesktop(Path shots, List<String> cliProperties) {
        this.shots = shots;
        this.cliProperties = List.copyOf(cliProperties);
    }

    /** Fails with the reason when this JVM has no real display (the suite must not quietly pass without one). */
    static void requireRealDisplay() {
        String problem = System.getenv("JOURNEY_PROBLEM");
        if (problem != null && !problem.isBlank()) {
            fail(problem);
        }
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            fail("no X display: run the journey tests through Maven (surefire execution 'journey', which starts Xvfb"
                    + " and openbox), or skip them with -Djourney.skip");
        }
        assertNotEquals("monocle", System.getProperty("glass.platform", "").toLowerCase(Locale.ROOT),
                "the journey tests drive the real GTK window, not Monocle");
    }

    FxRobot robot() {
        return robot;
    }

    /** The whole screen as the X server shows it (window manager frames included) as NN-name.png. */
    Path shot(String name) {
        Path file = shots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shotNumber, name));
        try {
            Files.createDirectories(shots);
            WaitForAsyncUtils.waitForFxEvents(3);
            Thread.sleep(200);  // let the last pulse reach the screen
            var image = robot.capture(Screen.getPrimary().getBounds()).getImage();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException | RuntimeException | InterruptedException e) {
            System.err.println("journey: screenshot " + file + " failed: " + e);
        }
        return file;
    }

    /**
     * Presses the keys in order and releases them in reverse, all in one go on the FX thread with JavaFX's robot (XTest
     * on GTK): TestFX's press/type wait for the FX thread between press and release, and a busy FX thread then lets
     * the X server's key repeat type a letter several times.
     */
    void key(KeyCode... keys) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            javafx.scene.robot.Robot keyboard = new javafx.scene.robot.Robot();
            for (KeyCode key : keys) {
                keyboard.keyPress(key);
            }
            for (int i = keys.length - 1; i >= 0; i--) {
                keyboard.keyRelease(keys[i]);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types text key by key as real key presses (TestFX's write() would post events into the scene instead). */
    void write(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || "_:+?\"".indexOf(c) >= 0;
            KeyCode code = keyFor(c);
            if (shift) {
                key(KeyCode.SHIFT, code);
            } else {
                key(code);
            }
        }
    }

    private static KeyCode keyFor(char c) {
        if (Character.isLetter(c)) {
            return KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        }
        if (Character.isDigit(c)) {
            return KeyCode.valueOf("DIGIT" + c);
        }
        return switch (c) {
            case '-', '_' -> KeyCode.MINUS;
            case '.' -> KeyCode.PERIOD;
            case '/', '?' -> KeyCode.SLASH;
            case ' ' -> KeyCode.SPACE;
            case ',' -> KeyCode.COMMA;
            case ':' -> KeyCode.SEMICOLON;
            case '=', '+' -> KeyCode.EQUALS;
            default -> throw new IllegalArgumentException("no key for '" + c + "'");
        };
    }

    /** Clicks into a field, selects what it holds, types the text and presses Enter, as a person would. */
    void replaceText(Node field, String text) {
        replaceText(field, text, KeyCode.ENTER);
    }

    /** Clicks into a field, selects what it holds, types the text and presses {@code done} (Enter, Tab). */
    void replaceText(Node field, String text, KeyCode done) {
        robot.clickOn(field);
        shortcut(KeyCode.A);
        write(text);
        key(done);
    }

    void shortcut(KeyCode key) {
        key(KeyCode.CONTROL, key);
    }

    /** Runs {@code tagbench ARGS} in a new JVM on this test's classpath; returns stdout, fails on another exit code. */
    String cli(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(cliProperties);
        command.add("-Dai.djl.offline=true");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.tagbench.cli.TagbenchCli");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tagbench " + String.join(" ", args) + " did not end within 120 s");
        }
        String printed = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "tagbench " + String.join(" ", args) + " printed:\n" + printed);
        return printed;
    }
}
