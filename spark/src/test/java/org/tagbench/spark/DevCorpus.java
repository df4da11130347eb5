package org.tagbench.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The repository's dev corpus (datasets/demo) for this module's tests, read by path from the checkout like the app's
 * TestData (which lives in the app's test classes, not in its jar): a copy of part of it, to grow later.
 */
final class DevCorpus {
    private DevCorpus() {}

    static Path root() {
        String basedir = System.getProperty("basedir");
        Path corpus = basedir != null ? Path.of(basedir).toAbsolutePath().resolve("../datasets/demo").normalize()
                : Path.of(System.getProperty("tagbench.home", "..")).toAbsolutePath().resolve("datasets/demo").normalize();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("Test data missing: " + corpus);
        }
        return corpus;
    }

    /** Every {@code stride}-th clip of each split, with the CSV rows naming them. */
    static Path sample(Path target, int stride) throws IOException {
        Set<String> kept = new HashSet<>();
        for (String split : new String[] {"train_curated", "train_noisy", "test"}) {
            Files.createDirectories(target.resolve(split));
            List<Path> clips = clipsOf(split);
            for (int i = 0; i < clips.size(); i += stride) {
                Files.copy(clips.get(i), target.resolve(split).resolve(clips.get(i).getFileName()));
                kept.add(clips.get(i).getFileName().toString());
            }
        }
        try (var files = Files.list(root())) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(csv);
                List<String> rows = new java.util.ArrayList<>(List.of(lines.get(0)));
                lines.stream().skip(1).filter(line -> kept.contains(line.split(",", 2)[0])).forEach(rows::add);
                Files.write(target.resolve(csv.getFileName()), rows);
            }
        }
        return target;
    }

    /** Adds the test clips of the corpus the sample left out, with their rows of sample_submission.csv. */
    static List<String> addMissingTestClips(Path sample) throws IOException {
        List<String> added = new java.util.ArrayList<>();
        for (Path clip : clipsOf("test")) {
            Path target = sample.resolve("test").resolve(clip.getFileName());
            if (!Files.exists(target)) {
                Files.copy(clip, target);
                added.add(clip.getFileName().toString());
            }
        }
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(sample.resolve("sample_submission.csv")));
        Files.readAllLines(root().resolve("sample_submission.csv")).stream()
                .filter(line -> added.contains(line.split(",", 2)[0])).forEach(rows::add);
        Files.write(sample.resolve("sample_submission.csv"), rows);
        return added;
    }

    static List<Path> clipsOf(String split) throws IOException {
        try (var files = Files.list(root().resolve(split))) {
            return files.filter(f -> f.toString().endsWith(".wav") || f.toString().endsWith(".flac")
                    || f.toString().endsWith(".ogg")).sorted().toList();
        }
    }
}
