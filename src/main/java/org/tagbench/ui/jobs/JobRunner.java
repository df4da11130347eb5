package org.tagbench.ui.jobs;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
import org.tagbench.app.CancellationToken;
import org.tagbench.app.FailureLog;
import org.tagbench.app.Job;
import org.tagbench.app.JobCancelledException;
import org.tagbench.app.JobContext;

/**
 * Runs {@link Job}s on background threads and mirrors the newest one's progress into properties a status bar
 * binds to. Results and failures come back on the UI executor; progress updates are coalesced so a chatty job
 * cannot flood the UI thread.
 */
public final class JobRunner implements AutoCloseable {
    private final ExecutorService workers;
    private final Executor ui;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("Ready");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final AtomicInteger inFlight = new AtomicInteger();
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
        ui.execute(() -> {
            running.set(inFlight.get());
            title.set(job.title());
            message.set(job.title() + "...");
            progress.set(-1);
        });
        // The job counts as running until its result has been delivered, so awaitIdle means "results are in".
        CompletableFuture.supplyAsync(() -> runJob(job, handle), workers).whenComplete((result, error) -> {
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
        if (handle == newest || left == 0) {
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
        if (handle != newest || !handle.claimReport()) {
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

    @Override
    public void close() {
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
