package org.tagbench.ui.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.FailureLog;

/**
 * Runs {@link Job}s on background threads and mirrors the newest one's progress into properties a status bar
 * binds to. Results and failures come back on the UI executor; progress updates are coalesced so a chatty job
 * cannot flood the UI thread.
 *
 * <p>Closing stops the jobs before the JVM may exit: a job inside native code (a libtorch training step) when the
 * JVM exits crashes it (SIGSEGV), so {@link #close} cancels every job and waits for each to reach its next safe point.
 */
public final class JobRunner implements AutoCloseable {
    /** How long closing waits for the jobs to stop; a training step takes seconds (its first one up to ~25 s). */
    public static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final ExecutorService workers;
    private final Executor ui;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Jobs submitted whose code has not returned yet (queued or running on a worker). */
    private final Set<RunningJob> working = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private final FailureLog failures;
    private volatile RunningJob newest;

    public JobRunner(Executor ui, int threads) {
        this(ui, threads, FailureLog.user());
    }

    /** @param failures where each failed job's stack trace goes; the status bar names the file */
    public JobRunner(Executor ui, int threads, FailureLog failures) {
        this.ui = ui;
        this.failures = failures;
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tagbench-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    /** A job that runs now; its result or failure is delivered on the UI executor. */
    public <T> RunningJob submit(Job<T> job, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        RunningJob handle = new RunningJob(job.title(), new CancellationToken());
        newest = handle;
        inFlight.incrementAndGet();
        working.add(handle);
        if (stopping) {
            handle.cancel();
        }
        ui.execute(() -> {
            running.set(inFlight.get());
            title.set(job.title());
            message.set(job.title() + "...");
            progress.set(-1);
        });
        // The job counts as running until its result has been delivered, so awaitIdle means "results are in".
        CompletableFuture.supplyAsync(() -> runJob(job, handle), workers).whenComplete((result, error) -> {
            working.remove(handle);
            Throwable cause = unwrap(error);
            // Written here, on the worker: the UI thread never waits on the disk.
            Path log = cause == null || cause instanceof JobCancelledException ? null
                    : failures.record(job.title() + " failed", cause);
            ui.execute(() -> {
                try {
                    finish(handle, inFlight.get() - 1, result, cause, log, onResult, onFailure);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        });
        return handle;
    }

    private <T> T runJob(Job<T> job, RunningJob handle) {
        JobContext context = new JobContext((fraction, text) -> report(handle, fraction, text), handle.token());
        handle.token().throwIfCancelled(); // cancelled while queued: never starts
        try {
            return job.run(context);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new JobFailedException(job.title(), e);
        }
    }

    private <T> void finish(RunningJob handle, int left, T result, Throwable cause, Path log, Consumer<T> onResult,
                            Consumer<Throwable> onFailure) {
        running.set(left);
        if (!stopping && (handle == newest || left == 0)) {
            progress.set(left == 0 ? 0 : progress.get());
            message.set(describe(handle, cause, log));
        }
        if (cause == null) {
            onResult.accept(result);
        } else if (!(cause instanceof JobCancelledException)) {
            onFailure.accept(cause);
        }
    }

    private static String describe(RunningJob handle, Throwable cause, Path log) {
        if (cause == null) {
            return handle.title() + ": done";
        }
        if (cause instanceof JobCancelledException) {
            return handle.title() + ": cancelled";
        }
        return handle.title() + " failed: " + cause.getMessage() + (log == null ? "" : " (details in " + log + ")");
    }

    private void report(RunningJob handle, double fraction, String text) {
        if (stopping || handle != newest || !handle.claimReport()) {
            return;
        }
        ui.execute(() -> {
            handle.releaseReport();
            progress.set(fraction);
            message.set(handle.title() + ": " + text);
        });
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof JobFailedException failed && failed.getCause() != null) {
            return failed.getCause();
        }
        return cause;
    }

    /** Cancels the newest job (the one the status bar shows). */
    public void cancelNewest() {
        RunningJob current = newest;
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Quitting: cancels every job, says in the status line which are being stopped, and runs {@code then} on the UI
     * executor once none runs any more, or after {@code bound} when one does not stop. Runs {@code then} at once
     * when no job runs. The UI thread does not wait: a helper thread does.
     */
    public void stopAllThen(Duration bound, Runnable then) {
        if (working.isEmpty()) {
            then.run();
            return;
        }
        cancelAllNow();
        String names = String.join(", ", working.stream().map(RunningJob::title).sorted().toList());
        message.set("Quitting: stopping " + names + "... (the window closes once it has stopped)");
        progress.set(-1);
        Thread waiter = new Thread(() -> {
            stopAll(bound);
            ui.execute(then);
        }, "tagbench-quit");
        waiter.setDaemon(true);
        waiter.start();
    }

    private void cancelAllNow() {
        stopping = true;
        working.forEach(RunningJob::cancel);
    }

    /**
     * Cancels every job and waits, up to {@code bound}, until no job's code runs any more; no job starts after it.
     * Blocks: call it off the UI thread, or at the end when the window is gone.
     *
     * @return whether every job stopped within the bound
     */
    public boolean stopAll(Duration bound) {
        cancelAllNow();
        workers.shutdown();
        try {
            return workers.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether some job's code is still running or queued on a worker (its result may not be delivered yet). */
    public boolean isWorking() {
        return !working.isEmpty();
    }

    /** Waits until no job is running (for snapshots and tests, never the UI thread). */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (inFlight.get() > 0) {
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return true;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Fraction done, or -1 while the newest job has not reported yet (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running;
    }

    /** Stops every job ({@link #stopAll}, bounded by {@link #STOP_WAIT}); a job that did not stop is interrupted. */
    @Override
    public void close() {
        stopAll(STOP_WAIT);
        workers.shutdownNow();
    }

    /** Wraps a checked exception of a job on its way through the executor. */
    static final class JobFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JobFailedException(String title, Exception cause) {
            super(title + ": " + cause.getMessage(), cause);
        }
    }
}
