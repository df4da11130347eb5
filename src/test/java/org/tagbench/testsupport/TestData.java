package org.tagbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * A smaller copy of the dev corpus in {@code target}: every {@code stride}-th clip of each split (curated, noisy,
     * test) with the CSV rows that name them, so tests that train many models (every recipe end to end) cost a
     * fraction of the whole corpus while every code path still runs on real recordings and labels.
     */
    public static Path devCorpusSample(Path target, int stride) throws java.io.IOException {
        Path source = devCorpus();
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (String split : new String[] {"train_curated", "train_noisy", "test"}) {
            Files.createDirectories(target.resolve(split));
            try (var files = Files.list(source.resolve(split))) {
                List<Path> clips = files.sorted().toList();
                for (int i = 0; i < clips.size(); i += stride) {
                    Files.copy(clips.get(i), target.resolve(split).resolve(clips.get(i).getFileName()));
                    kept.add(clips.get(i).getFileName().toString());
                }
            }
        }
        try (var files = Files.list(source)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(csv);
                List<String> rows = new java.util.ArrayList<>(List.of(lines.get(0)));
                lines.stream().skip(1).filter(line -> kept.contains(line.split(",", 2)[0])).forEach(rows::add);
                Files.write(target.resolve(csv.getFileName()), rows);
            }
        }
        return target;
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
