package org.tagbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    @Test
    void linuxUsesXdgDataHomeElseTheHomeEnvironmentVariable() {
        assertEquals(Path.of("/home/ann/.local/share/tagbench"),
                UserDataFolder.forSystem("Linux", "/etc-home/ann", Map.of("HOME", "/home/ann")));
        assertEquals(Path.of("/data/xdg/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "/data/xdg")));
        assertEquals(Path.of("/home/ann/.local/share/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "relative/xdg")));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming", "Tagbench"),
                UserDataFolder.forSystem("Windows 11", "C:\\Users\\ann", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming")));
        assertEquals(Path.of("C:\\Users\\ann", "AppData", "Roaming", "Tagbench"),
                UserDataFolder.forSystem("Windows 11", "C:\\Users\\ann", Map.of()));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ann/Library/Application Support/Tagbench"),
                UserDataFolder.forSystem("Mac OS X", "/Users/ann", Map.of("HOME", "/Users/ann")));
    }

    @Test
    void propertyOverridesEverything() {
        String before = System.getProperty(UserDataFolder.OVERRIDE_PROPERTY);
        try {
            System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, "/tmp/portable-tagbench");
            assertEquals(Path.of("/tmp/portable-tagbench"), UserDataFolder.path());
        } finally {
            if (before == null) {
                System.clearProperty(UserDataFolder.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(UserDataFolder.OVERRIDE_PROPERTY, before);
            }
        }
    }
}
