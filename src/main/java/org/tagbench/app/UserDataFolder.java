package org.tagbench.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Tagbench keeps what belongs to the user rather than to a dataset: the demo's workspace when the installation
 * folder is read-only, and settings. Linux follows the XDG base directories ({@code ~/.local/share/tagbench}),
 * Windows uses {@code %APPDATA%\Tagbench}, macOS {@code ~/Library/Application Support/Tagbench}.
 * The system property {@code tagbench.data} overrides it (tests, portable installs).
 */
public final class UserDataFolder {
    public static final String OVERRIDE_PROPERTY = "tagbench.data";

    private UserDataFolder() {}

    public static Path path() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return forSystem(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /** The folder for an operating system name, Java's user.home and the environment. */
    static Path forSystem(String osName, String userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Tagbench");
        }
        // Java's user.home comes from the password database; $HOME is what the user (and XDG) means by home.
        String home = isAbsolute(environment.get("HOME")) ? environment.get("HOME") : userHome;
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Tagbench");
        }
        // The XDG specification says a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        return isAbsolute(xdgDataHome) ? Path.of(xdgDataHome, "tagbench") : Path.of(home, ".local", "share", "tagbench");
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
