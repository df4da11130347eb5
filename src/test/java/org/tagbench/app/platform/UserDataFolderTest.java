package org.tagbench.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDataFolderTest {
    @Test
    void linuxUsesXdgDataHomeElseTheHomeEnvironmentVariable() {
        assertEquals(Path.of("/home/ann/.local/share/tagbench"),
                UserDataFolder.forSystem("Linux", "/etc-home/ann", Map.of("HOME", "/home/ann")).data());
        assertEquals(Path.of("/data/xdg/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("HOME", "/home/ann", "XDG_DATA_HOME", "/data/xdg")).data());
        assertEquals(Path.of("/home/ann/.local/share/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "relative/xdg")).data());
    }

    @Test
    void linuxKeepsSettingsInXdgConfigHomeElseDotConfig() {
        assertEquals(Path.of("/home/ann/.config/tagbench"),
                UserDataFolder.forSystem("Linux", "/etc-home/ann", Map.of("HOME", "/home/ann")).settings());
        assertEquals(Path.of("/cfg/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "/cfg")).settings());
        assertEquals(Path.of("/home/ann/.config/tagbench"),
                UserDataFolder.forSystem("Linux", "/home/ann", Map.of("XDG_CONFIG_HOME", "cfg")).settings());
    }

    @Test
    void windowsUsesAppDataForBoth() {
        Path roaming = Path.of("C:\\Users\\ann\\AppData\\Roaming", "Tagbench");
        UserDataFolder.Folders folders = UserDataFolder.forSystem("Windows 11", "C:\\Users\\ann",
                Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming", "XDG_CONFIG_HOME", "/msys/cfg"));
        assertEquals(new UserDataFolder.Folders(roaming, roaming), folders);
        assertEquals(Path.of("C:\\Users\\ann", "AppData", "Roaming", "Tagbench"),
                UserDataFolder.forSystem("Windows 11", "C:\\Users\\ann", Map.of()).settings());
    }

    @Test
    void macUsesApplicationSupportForBoth() {
        Path support = Path.of("/Users/ann/Library/Application Support/Tagbench");
        assertEquals(new UserDataFolder.Folders(support, support),
                UserDataFolder.forSystem("Mac OS X", "/Users/ann", Map.of("HOME", "/Users/ann", "XDG_CONFIG_HOME", "/x")));
    }

    @Test
    void propertiesOverrideEverything() {
        withProperty(UserDataFolder.OVERRIDE_PROPERTY, "/tmp/portable-tagbench",
                () -> assertEquals(Path.of("/tmp/portable-tagbench"), UserDataFolder.path()));
        withProperty(UserDataFolder.OVERRIDE_PROPERTY, "/tmp/portable-tagbench",
                () -> assertEquals(Path.of("/tmp/portable-tagbench/tagbench.log"), UserDataFolder.logFile()));
        withProperty(UserDataFolder.SETTINGS_OVERRIDE_PROPERTY, "/tmp/s.json",
                () -> assertEquals(Path.of("/tmp/s.json"), UserDataFolder.settingsFile()));
    }

    private static void withProperty(String name, String value, Runnable check) {
        String before = System.getProperty(name);
        try {
            System.setProperty(name, value);
            check.run();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }
}
