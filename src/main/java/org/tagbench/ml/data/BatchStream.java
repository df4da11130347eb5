package org.tagbench.ml.data;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The batches of one pass, built ahead by the pipeline's workers. At most {@code prefetch} batches
 * are in flight or waiting; they come out in plan order whatever order the workers finish in.
 * Closing the stream drops what was built ahead (e.g. when training is cancelled mid-epoch).
 */
public final class BatchStream implements Iterator<Batch>, AutoCloseable {
    private final List<int[]> plan;
    private final Function<int[], Batch> builder;
    private final ExecutorService workers;
    private final int prefetch;
    private final AtomicLong waitedNanos;
    private final ArrayDeque<Future<Batch>> ahead = new ArrayDeque<>();
    private int submitted;

    BatchStream(List<int[]> plan, Function<int[], Batch> builder, ExecutorService workers, int prefetch,
            AtomicLong waitedNanos) {
        this.plan = plan;
        this.builder = builder;
        this.workers = workers;
        this.prefetch = prefetch;
        this.waitedNanos = waitedNanos;
        fill();
    }

    public int batchCount() {
        return plan.size();
    }

    @Override
    public boolean hasNext() {
        return !ahead.isEmpty();
    }

    @Override
    public Batch next() {
        Future<Batch> head = ahead.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        fill();
        long start = System.nanoTime();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a batch");
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing a batch failed: " + e.getCause(), e.getCause());
        } finally {
            waitedNanos.addAndGet(System.nanoTime() - start);
        }
    }

    @Override
    public void close() {
        for (Future<Batch> future : ahead) {
            future.cancel(true);
        }
        ahead.clear();
        submitted = plan.size();
    }

    private void fill() {
        while (ahead.size() < prefetch && submitted < plan.size()) {
            int[] indices = plan.get(submitted++);
            ahead.add(workers.submit(() -> builder.apply(indices)));
        }
    }
}
