package org.tagbench.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.tagbench.audio.WavWriter;

/**
 * A tiny FSDKaggle2019-style dataset described as values, written to a folder with the project's {@link WavWriter}:
 * re-import tests edit the description and write it again, so every file's bytes and modification time are known.
 */
public final class GeneratedDataset {
    public static final List<String> CLASSES = List.of("Bark", "Run", "Accordion", "Applause", "Bass_drum");
    public static final List<String> SPLITS = List.of("train_curated", "train_noisy", "test");
    public static final int RATE = 8_000;
    private static final long BASE_MTIME_MS = 1_700_000_000_000L;

    /**
     * One audio file. {@code version} seeds its samples (a content change bumps it), {@code mtimeStep} its modification
     * time in seconds after a fixed base, {@code cutBytes} how many bytes are cut from the end (a truncated file),
     * {@code nanSamples} how many samples of a float WAV are NaN.
     */
    public record Clip(String fname, String split, List<String> labels, int frames, boolean floatSamples, int version,
                int mtimeStep, int cutBytes, int nanSamples) {
        public Clip {
            labels = List.copyOf(labels);
            if (split.equals("test") != labels.isEmpty()) {
                throw new IllegalArgumentException(fname + ": test clips and only they are unlabelled");
            }
        }

        public Clip withName(String name) {
            return new Clip(name, split, labels, frames, floatSamples, version, mtimeStep, cutBytes, nanSamples);
        }

        public Clip withSplit(String newSplit, List<String> newLabels) {
            return new Clip(fname, newSplit, newLabels, frames, floatSamples, version, mtimeStep, cutBytes, nanSamples);
        }

        public Clip withContent(int newFrames, int newCut, int newNans) {
            return new Clip(fname, split, labels, newFrames, floatSamples || newNans > 0, version + 1, mtimeStep + 1,
                    newCut, newNans);
        }

        public Clip touched(int seconds) {
            return new Clip(fname, split, labels, frames, floatSamples, version, mtimeStep + seconds, cutBytes, nanSamples);
        }
    }

    private GeneratedDataset() {}

    /** Replaces everything under {@code root} with these clips and their CSVs. */
    public static Path write(Path root, List<Clip> clips) throws IOException {
        deleteTree(root);
        for (String split : SPLITS) {
            Files.createDirectories(root.resolve(split));
        }
        for (String split : List.of("train_curated", "train_noisy")) {
            StringBuilder csv = new StringBuilder("fname,labels\n");
            for (Clip clip : clips) {
                if (clip.split().equals(split)) {
                    csv.append(clip.fname()).append(",\"").append(String.join(",", clip.labels())).append("\"\n");
                }
            }
            Files.writeString(root.resolve(split + ".csv"), csv, StandardCharsets.UTF_8);
        }
        for (Clip clip : clips) {
            writeAudio(root.resolve(clip.split()).resolve(clip.fname()), clip);
        }
        return root;
    }

    public static void writeAudio(Path file, Clip clip) throws IOException {
        float[] samples = new float[clip.frames()];
        double hertz = 100 + 37 * clip.version() + clip.fname().hashCode() % 50;
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * hertz * i / RATE));
        }
        for (int i = 0; i < clip.nanSamples(); i++) {
            samples[(i * 7) % samples.length] = Float.NaN;
        }
        if (clip.floatSamples()) {
            WavWriter.writeFloat32(file, samples, RATE);
        } else {
            WavWriter.writePcm16(file, samples, RATE);
        }
        if (clip.cutBytes() > 0) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - clip.cutBytes()));
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(BASE_MTIME_MS + 1000L * clip.mtimeStep()));
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
