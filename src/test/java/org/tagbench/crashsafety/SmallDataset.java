package org.tagbench.crashsafety;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A small FSDKaggle2019-style dataset of short generated WAVs, with curated and noisy labels. */
final class SmallDataset {
    private static final List<String> CLASSES = List.of("Bark", "Run", "Accordion", "Applause", "Bass_drum");
    private static final int RATE = 16_000;

    private SmallDataset() {}

    static Path write(Path root, int curated, int noisy) throws IOException {
        writeSplit(root, "train_curated", curated);
        writeSplit(root, "train_noisy", noisy);
        return root;
    }

    private static void writeSplit(Path root, String split, int count) throws IOException {
        Path folder = Files.createDirectories(root.resolve(split));
        StringBuilder csv = new StringBuilder("fname,labels\n");
        for (int i = 0; i < count; i++) {
            String fname = split + "-" + i + ".wav";
            Files.write(folder.resolve(fname), tone(200 + 10 * i));
            String labels = CLASSES.get(i % CLASSES.size()) + (i % 3 == 0 ? "," + CLASSES.get((i + 1) % CLASSES.size()) : "");
            csv.append(fname).append(",\"").append(labels).append("\"\n");
        }
        Files.writeString(root.resolve(split + ".csv"), csv, StandardCharsets.UTF_8);
    }

    /** A quarter-second 16-bit mono tone. */
    private static byte[] tone(double hertz) {
        int frames = RATE / 4;
        ByteBuffer wav = ByteBuffer.allocate(44 + 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        wav.put(ascii("RIFF")).putInt(36 + 2 * frames).put(ascii("WAVE"));
        wav.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(2 * RATE)
                .putShort((short) 2).putShort((short) 16);
        wav.put(ascii("data")).putInt(2 * frames);
        for (int i = 0; i < frames; i++) {
            wav.putShort((short) (10_000 * Math.sin(2 * Math.PI * hertz * i / RATE)));
        }
        return wav.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
