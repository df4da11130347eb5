package org.tagbench.ui.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@link Settings} as a small JSON file (by default {@code $XDG_CONFIG_HOME/tagbench/settings.json},
 * else {@code ~/.config/tagbench/settings.json}; the system property {@code tagbench.settings} overrides it).
 * A damaged file is never fatal: the window starts with defaults and says why.
 */
public final class SettingsStore {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Path file;
    private String lastProblem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore userDefault() {
        String configured = System.getProperty("tagbench.settings");
        if (configured != null && !configured.isBlank()) {
            return new SettingsStore(Path.of(configured));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("tagbench").resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        lastProblem = null;
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings read = GSON.fromJson(Files.readString(file), Settings.class);
            return read == null ? Settings.defaults() : read.withDefaults();
        } catch (IOException | JsonParseException e) {
            lastProblem = "settings " + file + " unreadable (" + e.getMessage() + "); using defaults";
            return Settings.defaults();
        }
    }

    /** Writes atomically, so a crash mid-write keeps the previous settings. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, GSON.toJson(settings));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Why the last {@link #load()} fell back to defaults, or null. */
    public String lastProblem() {
        return lastProblem;
    }
}
