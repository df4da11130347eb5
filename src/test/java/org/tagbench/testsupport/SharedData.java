package org.tagbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the read-only reference data beside the checkout (../shared): golden values and the dev corpus. */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String configured = System.getProperty("tagbench.shared");
        Path candidate = configured != null ? Path.of(configured) : Path.of("..", "shared");
        Path normalized = candidate.toAbsolutePath().normalize();
        if (!Files.isDirectory(normalized.resolve("golden"))) {
            throw new IllegalStateException("Reference data not found at " + normalized
                    + ": tests need ../shared (golden values, dev corpus) beside the checkout");
        }
        return normalized;
    }

    public static Path golden(String relative) {
        return root().resolve("golden").resolve(relative);
    }

    public static Path devCorpus() {
        return root().resolve("corpus").resolve("dev");
    }
}
