package org.tagbench.app.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that decides where Tagbench keeps what belongs to the user rather than to a dataset or the
 * installation: the data folder (the demo's workspace, the log) and the settings folder, each where the platform
 * expects it. Linux follows the XDG base directories ({@code ~/.local/share/tagbench}, {@code ~/.config/tagbench});
 * Windows keeps both in {@code %APPDATA%\Tagbench}, macOS in {@code ~/Library/Application Support/Tagbench}.
 * The system properties {@code tagbench.data} and {@code tagbench.settings} override them (tests, portable installs).
 */
public final class UserDataFolder {
    public static final String OVERRIDE_PROPERTY = "tagbench.data";
    public static final String SETTINGS_OVERRIDE_PROPERTY = "tagbench.settings";

    /** Both folders for one system; on Windows and macOS they are the same folder. */
    record Folders(Path data, Path settings) {}

    private UserDataFolder() {}

    public static Path path() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return thisSystem().data();
    }

    /** The settings file of the window. */
    public static Path settingsFile() {
        String override = System.getProperty(SETTINGS_OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        return thisSystem().settings().resolve("settings.json");
    }

    /** The log of failed jobs and commands, with their stack traces. */
    public static Path logFile() {
        return path().resolve("tagbench.log");
    }

    private static Folders thisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /** The folders for an operating system name, Java's user.home and the environment. */
    static Folders forSystem(String osName, String userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return same(base.resolve("Tagbench"));
        }
        // Java's user.home comes from the password database; $HOME is what the user (and XDG) means by home.
        String home = isAbsolute(environment.get("HOME")) ? environment.get("HOME") : userHome;
        if (os.startsWith("mac")) {
            return same(Path.of(home, "Library", "Application Support", "Tagbench"));
        }
        return new Folders(xdg(environment, "XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("tagbench"),
                xdg(environment, "XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("tagbench"));
    }

    private static Folders same(Path folder) {
        return new Folders(folder, folder);
    }

    /** The XDG specification says a relative path in its variables is invalid and must be ignored. */
    private static Path xdg(Map<String, String> environment, String variable, Path otherwise) {
        String value = environment.get(variable);
        return isAbsolute(value) ? Path.of(value) : otherwise;
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
