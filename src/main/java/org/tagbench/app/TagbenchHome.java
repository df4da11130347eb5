package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the installation lives (the launcher sets {@code tagbench.home}): model presets, demo data, build facts. */
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

    /** The commit the program was built from when it runs from a git checkout, else "unknown". */
    public static String gitCommit() {
        Path git = dir().resolve(".git");
        try {
            if (!Files.isDirectory(git)) {
                return "unknown";
            }
            String head = Files.readString(git.resolve("HEAD")).trim();
            if (!head.startsWith("ref: ")) {
                return head;
            }
            Path ref = git.resolve(head.substring(5));
            if (Files.isRegularFile(ref)) {
                return Files.readString(ref).trim();
            }
            return packedRef(git, head.substring(5));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String packedRef(Path git, String ref) throws IOException {
        Path packed = git.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            for (String line : Files.readAllLines(packed)) {
                if (line.endsWith(" " + ref)) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return "unknown";
    }
}
