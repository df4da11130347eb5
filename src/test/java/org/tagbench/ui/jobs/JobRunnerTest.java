package org.tagbench.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.platform.FailureLog;

class JobRunnerTest {
    private final JobRunner runner = new JobRunner(Runnable::run, 2);

    @AfterEach
    void stop() {
        runner.close();
    }

    @FunctionalInterface
    interface Body<T> {
        T run(JobContext context) throws Exception;
    }

    private static <T> Job<T> job(String title, Body<T> body) {
        return new Job<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(JobContext context) throws Exception {
                return body.run(context);
            }
        };
    }

    /**
     * A job like a training loop: steps that neither an interrupt nor a cancel can stop midway (native code), with a
     * safe point between them that a cancel stops at. Sets {@code returned} once its code has left.
     */
    private static Body<Integer> stepsUntilCancelled(CountDownLatch started, AtomicBoolean returned) {
        return context -> {
            started.countDown();
            try {
                while (true) {
                    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
                    while (System.nanoTime() < end) {
                        Thread.onSpinWait();
                    }
                    context.step(0.5, "a step");
                }
            } finally {
                returned.set(true);
            }
        };
    }

    @Test
    void closingCancelsARunningJobAndWaitsUntilItHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean returned = new AtomicBoolean();
        runner.submit(job("Retrain", stepsUntilCancelled(started, returned)), result -> { }, error -> { });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        runner.close();
        assertTrue(returned.get(), "close returned while the job still ran (a JVM exiting now crashes in libtorch)");
    }

    @Test
    void quittingSaysWhatItStopsAndClosesOnlyOnceTheJobHasStopped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean returned = new AtomicBoolean();
        runner.submit(job("Retrain train cpu-default", stepsUntilCancelled(started, returned)), result -> { },
                error -> { });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean stoppedBeforeClosing = new AtomicBoolean();
        runner.stopAllThen(Duration.ofSeconds(30), () -> {
            stoppedBeforeClosing.set(returned.get());
            closed.countDown();
        });
        assertEquals("Quitting: stopping Retrain train cpu-default... (the window closes once it has stopped)",
                runner.messageProperty().get());
        assertTrue(closed.await(10, TimeUnit.SECONDS), "the window closes once the job has stopped");
        assertTrue(stoppedBeforeClosing.get(), "the job had stopped before the window closed");
        assertEquals("Quitting: stopping Retrain train cpu-default... (the window closes once it has stopped)",
                runner.messageProperty().get(), "the status line keeps saying why the window waits");
    }

    @Test
    void quittingWithNoJobClosesAtOnce() {
        AtomicBoolean closed = new AtomicBoolean();
        runner.stopAllThen(Duration.ofSeconds(30), () -> closed.set(true));
        assertTrue(closed.get());
    }

    @Test
    void deliversTheResultAndReportsDone() throws Exception {
        AtomicReference<Integer> result = new AtomicReference<>();
        runner.submit(job("Count", context -> {
            context.step(0.5, "half");
            return 42;
        }), result::set, error -> { });
        assertTrue(runner.awaitIdle(5000));
        assertEquals(42, result.get());
        assertEquals("Count: done", runner.messageProperty().get());
        assertEquals(0, runner.runningProperty().get());
    }

    @Test
    void cancellingStopsTheJobWithoutAResultOrAFailure() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Object> delivered = new AtomicReference<>();
        RunningJob handle = runner.submit(job("Spin", context -> {
            started.countDown();
            while (true) {
                context.step(0.1, "spinning");
                Thread.sleep(1);
            }
        }), delivered::set, delivered::set);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        runner.cancelNewest();
        assertTrue(runner.awaitIdle(5000));
        assertTrue(handle.isCancelled());
        assertNull(delivered.get());
        assertEquals("Spin: cancelled", runner.messageProperty().get());
    }

    @Test
    void aFailureReachesTheCallbackWithItsOwnMessageAndItsTraceGoesToTheLog(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("tagbench.log");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (JobRunner logged = new JobRunner(Runnable::run, 1, new FailureLog(log, FailureLog.DEFAULT_LIMIT))) {
            logged.submit(job("Read", context -> {
                throw new IOException("clip.wav: missing");
            }), result -> { }, failure::set);
            assertTrue(logged.awaitIdle(5000));
            assertEquals("clip.wav: missing", failure.get().getMessage());
            assertEquals("Read failed: clip.wav: missing (details in " + log + ")", logged.messageProperty().get());
        }
        String written = Files.readString(log);
        assertTrue(written.contains("Read failed\njava.io.IOException: clip.wav: missing\n\tat org.tagbench."), written);
    }

    @Test
    void aCancelledJobWritesNoLog(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("tagbench.log");
        try (JobRunner logged = new JobRunner(Runnable::run, 1, new FailureLog(log, FailureLog.DEFAULT_LIMIT))) {
            logged.submit(job("Spin", context -> {
                throw new org.tagbench.app.jobs.JobCancelledException();
            }), result -> { }, failure -> { });
            assertTrue(logged.awaitIdle(5000));
        }
        assertFalse(Files.exists(log));
    }
}
