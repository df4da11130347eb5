package org.tagbench.ui.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.tagbench.app.platform.UserDataFolder;

/**
 * Reads and writes {@link Settings} as a small JSON file, by default in the platform's settings folder
 * ({@link UserDataFolder#settingsFile()}: {@code ~/.config/tagbench/settings.json} on Linux).
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
        return new SettingsStore(UserDataFolder.settingsFile());
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
            JsonElement read = JsonParser.parseString(Files.readString(file));
            if (!read.isJsonObject()) {
                return Settings.defaults();
            }
            return GSON.fromJson(overDefaults(read.getAsJsonObject()), Settings.class).withDefaults();
        } catch (IOException | JsonParseException e) {
            lastProblem = "settings " + file + " unreadable (" + e.getMessage() + "); using defaults";
            return Settings.defaults();
        }
    }

    /**
     * The file's fields laid over the defaults: a field an older version did not write (or wrote as null) keeps its
     * default, where Gson alone would read a missing number as 0 (a volume of 0 mutes playback).
     */
    private static JsonObject overDefaults(JsonObject read) {
        JsonObject merged = GSON.toJsonTree(Settings.defaults()).getAsJsonObject();
        read.entrySet().stream().filter(field -> !field.getValue().isJsonNull())
                .forEach(field -> merged.add(field.getKey(), field.getValue()));
        return merged;
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
