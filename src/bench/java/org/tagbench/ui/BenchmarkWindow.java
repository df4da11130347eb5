package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.settings.SettingsStore;

/**
 * The real window as the benchmarks open it: 1400x860, default settings kept in a scratch file, no sound, on a
 * workspace; with a way to wait for a condition checked on the FX thread. Needs a display (xvfb-run).
 */
final class BenchmarkWindow implements AutoCloseable {
    static final int WIDTH = 1400;
    static final int HEIGHT = 860;

    private final Path settingsDir;
    private final Workbench workbench;

    private BenchmarkWindow(Path settingsDir, Workbench workbench) {
        this.settingsDir = settingsDir;
        this.workbench = workbench;
    }

    static BenchmarkWindow open(Path workspace) throws IOException, InterruptedException {
        WindowSnapshot.startToolkit();
        Path settingsDir = Files.createTempDirectory("tagbench-bench-window");
        return new BenchmarkWindow(settingsDir, WindowSnapshot.onFx(() -> show(settingsDir, workspace)));
    }

    private static Workbench show(Path settingsDir, Path workspace) {
        Workbench built = new Workbench(new SettingsStore(settingsDir.resolve("settings.json")), rate -> {
            throw new PlaybackUnavailableException("benchmark runs without sound", null);
        }, WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(built.scene());
        stage.show();
        built.model().openWorkspace(workspace, null);
        return built;
    }

    Workbench workbench() {
        return workbench;
    }

    /** Polls a condition on the FX thread until it holds; fails naming what it waited for. */
    void await(String what, long timeoutMs, Supplier<Boolean> condition) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!WindowSnapshot.onFx(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("timed out waiting until " + what);
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        WindowSnapshot.onFx(() -> {
            workbench.close();
            return null;
        });
        Files.deleteIfExists(settingsDir.resolve("settings.json"));
        Files.deleteIfExists(settingsDir);
    }
}
