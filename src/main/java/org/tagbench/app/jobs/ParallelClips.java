package org.tagbench.app.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one task per clip on a fixed pool, reporting the fraction done; a cancel stops every task at its next check
 * and surfaces as {@link JobCancelledException}.
 */
public final class ParallelClips {
    private ParallelClips() {}

    /** The work on one item; it may throw {@link JobCancelledException}, checked exceptions are its own business. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item);
    }

    /** Runs {@code task} on every item; progress messages name the item finished last. */
    public static <T> void forEach(List<T> items, Function<T, ?> name, int threads, JobContext context, Task<T> task)
            throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (T item : items) {
                tasks.add(pool.submit(() -> {
                    context.cancellation().throwIfCancelled();
                    task.run(item);
                    context.progress().progress((double) done.incrementAndGet() / items.size(), String.valueOf(name.apply(item)));
                }));
            }
            awaitAll(tasks);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitAll(List<Future<?>> tasks) throws InterruptedException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof JobCancelledException cancelled) {
                    throw cancelled;
                }
                throw new IllegalStateException("a parallel clip task failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
