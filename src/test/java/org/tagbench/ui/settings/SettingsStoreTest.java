package org.tagbench.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("nested").resolve("settings.json"));
        assertEquals(Settings.defaults(), store.load());
        Settings changed = new Settings("argus1st", "viridis", -90, -10, 200, 8000, 0.5, 0.3, true, true, true,
                1200, 800, 0.3, 0.5, "/data/ws", java.util.Map.of("ACCEPT", "Y"), 3, 7, 40.0, 60.0);
        store.save(changed);
        assertEquals(changed, new SettingsStore(store.file()).load());
    }

    @Test
    void aSavedWindowBelowTheMinimumSizeOpensAtTheDefaultSize() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"windowWidth\": 800, \"windowHeight\": 500, \"windowX\": NaN}");
        Settings loaded = new SettingsStore(file).load();
        assertEquals(1400, loaded.windowWidth());
        assertEquals(900, loaded.windowHeight());
        assertNull(loaded.windowX(), "no usable position: the window opens centred");
    }

    @Test
    void aDamagedFileGivesDefaultsAndSaysWhy() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        SettingsStore store = new SettingsStore(file);
        assertEquals(Settings.defaults(), store.load());
        assertNotNull(store.lastProblem());
    }

    @Test
    void missingAndImpossibleFieldsFallBackToDefaults() throws Exception {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"colormap\": \"grey\", \"floorDb\": 0, \"ceilingDb\": -50, \"tileStep\": 7}");
        SettingsStore store = new SettingsStore(file);
        Settings loaded = store.load();
        assertNull(store.lastProblem());
        assertEquals("grey", loaded.colormap());
        assertEquals(Settings.defaults().melPreset(), loaded.melPreset());
        assertEquals(Settings.defaults().floorDb(), loaded.floorDb());
        assertEquals(Settings.defaults().ceilingDb(), loaded.ceilingDb(), "an older file's tileStep is ignored, the rest read");
    }

    /** A file from before a field existed must not read that field as zero: a volume of 0 would mute playback. */
    @Test
    void aFileWithoutVolumeKeepsTheDefaultVolume() throws Exception {
        Path file = folder.resolve("settings.json");
        try (var fixture = getClass().getResourceAsStream("settings-without-volume.json")) {
            Files.copy(fixture, file);
        }
        Settings loaded = new SettingsStore(file).load();
        assertEquals(Settings.defaults().volume(), loaded.volume());
        assertEquals("viridis", loaded.colormap());
    }

    @Test
    void aSavedMuteStaysMuted() throws Exception {
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"));
        Settings muted = Settings.defaults();
        muted = new Settings(muted.melPreset(), muted.colormap(), muted.floorDb(), muted.ceilingDb(), muted.minHz(),
                muted.maxHz(), muted.playbackSpeed(), 0.0, muted.autoplay(), muted.showCrops(), muted.showTiles(),
                muted.windowWidth(), muted.windowHeight(), muted.browserDivider(),
                muted.timelineDivider(), muted.lastWorkspace(), muted.keyBindings(), muted.retrainFolds(), muted.retrainEpochs(), muted.windowX(), muted.windowY());
        store.save(muted);
        assertEquals(0.0, store.load().volume());
    }
}
