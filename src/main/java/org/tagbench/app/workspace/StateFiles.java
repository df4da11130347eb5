package org.tagbench.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The workspace's state files (pipeline and recipe progress, workspace folds): written whole or not at all. */
public final class StateFiles {
    private StateFiles() {}

    /** Writes {@code text} beside {@code file} and moves it over, so a crash never leaves half a file to resume from. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
