package org.tagbench.app.platform;

import java.nio.file.Path;

/** Where the installation lives (the launcher sets {@code tagbench.home}): model presets and demo data. */
public final class TagbenchHome {
    private TagbenchHome() {}

    public static Path dir() {
        String home = System.getProperty("tagbench.home");
        return (home != null ? Path.of(home) : Path.of("")).toAbsolutePath().normalize();
    }

    /** The folder of model presets and cards. */
    public static Path models() {
        return dir().resolve("models");
    }
}
