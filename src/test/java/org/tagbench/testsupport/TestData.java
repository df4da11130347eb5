package org.tagbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data that the repository carries for its tests: golden values in src/test/golden (made by
 * src/test/golden/make_golden.py) and the dev corpus in datasets/demo. Read by path from the checkout, not from
 * the class path, so that a deleted file fails its test instead of being found in a stale target/test-classes.
 */
public final class TestData {
    private TestData() {}

    /** A file or folder under src/test/golden; fails when it is missing. */
    public static Path golden(String relative) {
        return existing(projectDir().resolve("src/test/golden").resolve(relative));
    }

    /** The dev corpus (datasets/demo: curated and noisy train sets, a test set); read-only for tests. */
    public static Path devCorpus() {
        return existing(projectDir().resolve("datasets/demo"));
    }

    /** Surefire runs in the project folder and names it in "basedir"; an IDE runs in it too. */
    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException("Test data missing: " + path
                    + " (golden values live in src/test/golden, the dev corpus in datasets/demo)");
        }
        return path;
    }
}
