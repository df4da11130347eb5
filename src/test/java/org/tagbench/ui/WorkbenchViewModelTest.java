package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.settings.Settings;
import org.tagbench.ui.settings.SettingsStore;
import org.tagbench.ui.timeline.Colormap;

class WorkbenchViewModelTest {
    @TempDir
    Path folder;

    private WorkbenchViewModel open(SettingsStore store) {
        return new WorkbenchViewModel(new JobRunner(Runnable::run, 1), Runnable::run, WorkbenchViewModel.Background.direct(), rate -> {
            throw new PlaybackUnavailableException("test", null);
        }, store);
    }

    @Test
    void displaySettingsChangedInOneSessionComeBackInTheNext() {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        try (WorkbenchViewModel first = open(store)) {
            first.timeline().colormapProperty().set(Colormap.VIRIDIS);
            first.timeline().presetProperty().set("argus1st");
            first.timeline().floorDbProperty().set(-70);
            first.timeline().maxHzProperty().set(8000);
            first.timeline().showTilesProperty().set(true);
            first.playback().speedProperty().set(0.25);
            first.playback().autoplayProperty().set(true);
            first.windowWidthProperty().set(1200);
            first.windowHeightProperty().set(760);
            first.browserDividerProperty().set(0.35);
            first.timelineDividerProperty().set(0.5);
            first.saveSettings(first.capture());
        }
        try (WorkbenchViewModel second = open(store)) {
            assertEquals(Colormap.VIRIDIS, second.timeline().colormapProperty().get());
            assertEquals("argus1st", second.timeline().presetProperty().get());
            assertEquals(-70, second.timeline().floorDbProperty().get());
            assertEquals(8000, second.timeline().maxHzProperty().get());
            assertTrue(second.timeline().showTilesProperty().get());
            assertEquals(0.25, second.playback().speedProperty().get());
            assertTrue(second.playback().autoplayProperty().get());
            assertEquals(1200, second.settings().windowWidth());
            assertEquals(0.35, second.settings().browserDivider());
            assertEquals(0.35, second.browserDividerProperty().get(), "browser split applied at start");
            assertEquals(0.5, second.timelineDividerProperty().get(), "waveform/spectrogram split applied at start");
        }
    }

    @Test
    void aLayoutSqueezedIntoAWindowBelowItsMinimumIsNotSaved() {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        try (WorkbenchViewModel first = open(store)) {
            first.windowWidthProperty().set(1400);
            first.windowHeightProperty().set(900);
            first.windowXProperty().set(100.0);
            first.browserDividerProperty().set(0.36);
            first.timelineDividerProperty().set(0.24);
            first.capture();
            // a window manager maps the window at 200x200 for a moment; its splits are clamped there
            first.windowWidthProperty().set(200);
            first.windowHeightProperty().set(200);
            first.windowXProperty().set(0.0);
            first.browserDividerProperty().set(0.9);
            first.timelineDividerProperty().set(0.8);
            first.saveSettings(first.capture());
        }
        Settings saved = store.load();
        assertEquals(0.36, saved.browserDivider(), "browser split of the full-size window");
        assertEquals(0.24, saved.timelineDivider(), "waveform split of the full-size window");
        assertEquals(1400, saved.windowWidth());
        assertEquals(100.0, saved.windowX());
    }

    @Test
    void aChangeIsWrittenSoonWithoutClosingTheWindow() throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        try (WorkbenchViewModel running = open(store)) {
            running.timelineDividerProperty().set(0.6);
            running.timeline().colormapProperty().set(Colormap.GREY);
            long deadline = System.currentTimeMillis() + 5_000;
            while (!Files.exists(store.file()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Settings written = store.load();
            assertEquals(0.6, written.timelineDivider(), "written while the window is still open");
            assertEquals("grey", written.colormap());
        }
    }
}
