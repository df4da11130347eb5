package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;

/**
 * Decode + log-mel throughput over the audio files of a folder: one warm-up pass, then the best of several timed
 * passes for each thread count, each thread with its own extractor as in feature extraction.
 */
public final class MelBenchmark {
    private static final int TIMED_PASSES = 5;

    private final MelConfig config;
    private final List<Path> files;
    private double audioSeconds;

    public MelBenchmark(MelConfig config, Path dir) throws IOException {
        this.config = config;
        this.files = audioFilesUnder(dir);
        if (files.isEmpty()) {
            throw new IOException("no audio files (.wav, .flac, .ogg) under " + dir);
        }
    }

    static List<Path> audioFilesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(wav|flac|ogg)$"))
                    .filter(p -> !p.toString().contains("/" + Workspace.DEFAULT_FOLDER + "/"))
                    .sorted().toList();
        }
    }

    public int clipCount() {
        return files.size();
    }

    public BenchResult run(int threads, JobContext context) throws Exception {
        pass(threads);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < TIMED_PASSES; i++) {
            context.step((double) i / TIMED_PASSES, "threads=" + threads + " pass " + (i + 1));
            long start = System.nanoTime();
            audioSeconds = pass(threads);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new BenchResult(threads, files.size(), audioSeconds, best);
    }

    private double pass(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<MelSpectrogram> extractors = ThreadLocal.withInitial(() -> new MelSpectrogram(config));
        try {
            List<Future<Double>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> {
                    float[] samples = AudioFiles.decode(file, config.sampleRate()).samples();
                    extractors.get().logMel(samples);
                    return samples.length / (double) config.sampleRate();
                }));
            }
            double seconds = 0;
            for (Future<Double> task : tasks) {
                seconds += task.get();
            }
            return seconds;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
