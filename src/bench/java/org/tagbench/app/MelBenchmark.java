package org.tagbench.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioFiles;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;

/**
 * Decode + log-mel throughput over the audio files of a folder: one warm-up pass, then the best of several timed
 * passes for each thread count, each thread with its own extractor as in feature extraction.
 */
public final class MelBenchmark {
    private static final int TIMED_PASSES = 5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

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
        double cpuOfBest = 0;
        for (int i = 0; i < TIMED_PASSES; i++) {
            context.step((double) i / TIMED_PASSES, "threads=" + threads + " pass " + (i + 1));
            long start = System.nanoTime();
            PassTotals totals = pass(threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            audioSeconds = totals.audioSeconds();
            if (seconds < best) {
                best = seconds;
                cpuOfBest = totals.cpuSeconds();
            }
        }
        return new BenchResult(threads, files.size(), audioSeconds, best, cpuOfBest);
    }

    private record PassTotals(double audioSeconds, double cpuSeconds) {}

    private PassTotals pass(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<MelSpectrogram> extractors = ThreadLocal.withInitial(() -> new MelSpectrogram(config));
        try {
            List<Future<PassTotals>> tasks = new ArrayList<>();
            for (Path file : files) {
                tasks.add(pool.submit(() -> {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    float[] samples = AudioFiles.decode(file, config.sampleRate()).samples();
                    extractors.get().logMel(samples);
                    double cpu = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                    return new PassTotals(samples.length / (double) config.sampleRate(), cpu);
                }));
            }
            double seconds = 0;
            double cpu = 0;
            for (Future<PassTotals> task : tasks) {
                seconds += task.get().audioSeconds();
                cpu += task.get().cpuSeconds();
            }
            return new PassTotals(seconds, cpu);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
        }
    }
}
