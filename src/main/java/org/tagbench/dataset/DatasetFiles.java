package org.tagbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** File-system helpers shared by detection and the layouts. */
final class DatasetFiles {
    static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "flac", "ogg");

    private DatasetFiles() {}

    static boolean isAudioFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && AUDIO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && !Files.isDirectory(file);
    }

    /** Names starting with a dot (a workspace's .tagbench/, editor files) are never dataset content. */
    static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }

    /** Visible audio files directly in the folder, sorted by name. */
    static List<Path> audioFilesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !isHidden(entry) && isAudioFile(entry)).sorted().toList();
        }
    }

    /** Visible audio files anywhere below the folder, sorted by path; symlinked folders are not followed. */
    static List<Path> audioFilesBelow(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(entry -> isAudioFile(entry) && !hasHiddenPart(folder.relativize(entry)))
                    .sorted().toList();
        }
    }

    /** Visible sub-folders, sorted by name. */
    static List<Path> subfoldersOf(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !isHidden(entry) && Files.isDirectory(entry)).sorted().toList();
        }
    }

    /** The path below root with '/' separators, as fnames are written in CSVs. */
    static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static boolean hasHiddenPart(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
