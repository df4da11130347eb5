package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.WavWriter;
import org.tagbench.dataset.Vocabulary;

/**
 * Import speed on a generated FSDKaggle2019-shaped dataset of many short clips: the whole import (scan, header
 * reads, checks, one transaction) against a reference measured in the same run, the bare sequential header reads
 * of the same files.
 */
public final class ImportBenchmark {
    public record Result(int clips, double importSeconds, double headerReadSeconds) {
        public double clipsPerSecond() {
            return clips / importSeconds;
        }

        /** Import time over bare header-reading time: what checking and storing cost on top of reading. */
        public double ratioToHeaderReads() {
            return importSeconds / headerReadSeconds;
        }
    }

    private ImportBenchmark() {}

    public static Result run(int clips, Path scratch, JobContext context) throws IOException {
        Path dataset = scratch.resolve("dataset");
        List<Path> files = generate(dataset, clips, context);
        long readStart = System.nanoTime();
        for (Path file : files) {
            AudioFiles.probe(file);
        }
        double headerSeconds = (System.nanoTime() - readStart) / 1e9;
        long importStart = System.nanoTime();
        try (Workspace workspace = Workspace.create(scratch.resolve("workspace"))) {
            ImportReport report = ImportService.importDataset(dataset, workspace, context);
            if (!report.problems().isEmpty()) {
                throw new IllegalStateException("benchmark dataset did not import cleanly: " + report.problems().get(0).describe());
            }
        }
        return new Result(clips, (System.nanoTime() - importStart) / 1e9, headerSeconds);
    }

    private static List<Path> generate(Path dataset, int clips, JobContext context) throws IOException {
        Path audio = Files.createDirectories(dataset.resolve("train_curated"));
        List<String> classes = Vocabulary.fsd2019().classes();
        StringBuilder csv = new StringBuilder("fname,labels\n");
        float[] samples = new float[441];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) Math.sin(i * 0.1) * 0.1f;
        }
        List<Path> files = new ArrayList<>(clips);
        for (int i = 0; i < clips; i++) {
            String fname = String.format(Locale.ROOT, "%08x.wav", i);
            Path file = audio.resolve(fname);
            WavWriter.writePcm16(file, samples, AudioFiles.DEFAULT_RATE);
            files.add(file);
            String first = classes.get(i % classes.size());
            String second = classes.get((i * 7 + 3) % classes.size());
            csv.append(fname).append(',').append(i % 5 == 0 && !first.equals(second)
                    ? "\"" + first + "," + second + "\"" : first).append('\n');
            if (i % 1000 == 0) {
                context.step(0.5 * i / clips, "generating clips");
            }
        }
        Files.writeString(dataset.resolve("train_curated.csv"), csv);
        return files;
    }
}
