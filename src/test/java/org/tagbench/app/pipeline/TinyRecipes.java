package org.tagbench.app.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.tagbench.app.platform.TagbenchHome;

/**
 * A copy of the repository's {@code models/} at tiny width, made the installation's home while a test trains recipes
 * ({@link TagbenchHome} reads {@code tagbench.home}), so that GPU-class members train on the dev corpus in seconds;
 * a recipe member's offline augmented copies are cut to {@link #TINY_COPIES} per clip.
 */
final class TinyRecipes implements AutoCloseable {
    static final String TINY_WIDTH = "0.125";
    /** One offline copy per curated clip instead of the recipe's count: the copies path runs, at an eighth of the cost. */
    static final String TINY_COPIES = "1";
    private final String previousHome;

    private TinyRecipes(Path home) {
        previousHome = System.getProperty("tagbench.home");
        System.setProperty("tagbench.home", home.toString());
    }

    /** Every preset of {@code models/} at {@link #TINY_WIDTH}, its recipes as they are, plus the extra files given. */
    static TinyRecipes under(Path home, String... extraNamesAndJson) throws IOException {
        Path models = Files.createDirectories(home.resolve("models"));
        Path source = TagbenchHome.models();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String json = Files.readString(file).replaceAll("\"width\"\\s*:\\s*[0-9.]+", "\"width\": " + TINY_WIDTH)
                        .replaceAll("\"augmentedCopies\"\\s*:\\s*[1-9][0-9]*", "\"augmentedCopies\": " + TINY_COPIES);
                Files.writeString(models.resolve(file.getFileName()), json);
            }
        }
        for (int i = 0; i + 1 < extraNamesAndJson.length; i += 2) {
            Files.writeString(models.resolve(extraNamesAndJson[i] + ".json"), extraNamesAndJson[i + 1]);
        }
        return new TinyRecipes(home);
    }

    @Override
    public void close() {
        if (previousHome == null) {
            System.clearProperty("tagbench.home");
        } else {
            System.setProperty("tagbench.home", previousHome);
        }
    }
}
