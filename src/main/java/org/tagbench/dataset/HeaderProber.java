package org.tagbench.dataset;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.tagbench.audio.AudioDecodeException;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.AudioCheck;

/**
 * Checks that each clip file exists inside the dataset root and finds out how much of its audio decodes
 * ({@link AudioFiles#inspect}: the header for integer WAV, a full decode for the other formats). Files are
 * probed on a pool with one thread per core; results come back in the order of the input.
 */
final class HeaderProber {

    /** Either the real file and what decodes of it, or the reason the file was rejected. */
    record Outcome(Path realFile, AudioCheck check, String problem) {
        static Outcome rejected(String problem) {
            return new Outcome(null, null, problem);
        }

        boolean accepted() {
            return check != null;
        }
    }

    private final Path root;

    /** @param root the real path of the dataset root */
    HeaderProber(Path root) {
        this.root = root;
    }

    List<Outcome> probeAll(List<Path> files, ScanListener listener) throws InterruptedIOException {
        if (files.isEmpty()) {
            return List.of();
        }
        // At least two threads even on one core: waiting on the disk overlaps with parsing.
        int threads = Math.min(Math.max(2, Runtime.getRuntime().availableProcessors()), files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<Outcome>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = probe(file);
                    listener.probed(done.incrementAndGet(), files.size());
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>(files.size());
            for (Future<Outcome> future : futures) {
                throwIfInterrupted();
                outcomes.add(future.get());
            }
            throwIfInterrupted();
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("dataset scan cancelled while reading audio headers");
        } catch (ExecutionException e) {
            // probe() reports every file problem as an outcome, so only the listener can end up here.
            if (e.getCause() instanceof RuntimeException listenerFailure) {
                throw listenerFailure;
            }
            throw new IllegalStateException("scan listener failed", e.getCause());
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
        }
    }

    /**
     * Waits for the workers to stop, so the listener is never called after the scan returned (a late progress call
     * from a cancelled scan once interrupted whatever its caller did next). Keeps the caller's interrupt flag.
     */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Future.get() on a finished task ignores the interrupt flag, so a cancel is checked here too. */
    private static void throwIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    Outcome probe(Path file) {
        String name = DatasetFiles.relativeName(root, file);
        try {
            if (!Files.exists(file)) {
                return Outcome.rejected("missing file " + name);
            }
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                return Outcome.rejected(name + " resolves outside the dataset folder (to " + real + ")");
            }
            if (!Files.isRegularFile(real)) {
                return Outcome.rejected(name + " is not a regular file");
            }
            return new Outcome(real, AudioFiles.inspect(real), null);
        } catch (AudioDecodeException e) {
            return Outcome.rejected("unreadable audio " + name + " (" + e.reason() + "): " + messageWithoutPath(e));
        } catch (IOException e) {
            return Outcome.rejected("cannot read " + name + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // A decoder bug on one odd file must not stop the import of the other thirty thousand.
            return Outcome.rejected("cannot read the audio header of " + name + ": " + e);
        }
    }

    /** Decoders tend to start their message with the path, which the problem already names. */
    private static String messageWithoutPath(AudioDecodeException e) {
        String message = String.valueOf(e.getMessage());
        String prefix = e.file() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "dataset-probe-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
