package org.tagbench.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tagbench.app.CancellationToken;
import org.tagbench.app.JobContext;

/** Shows a job's progress as a terminal progress bar on stderr, so stdout stays clean for results. */
final class CliProgress {
    private static final int STEPS = 1000;

    private CliProgress() {}

    @FunctionalInterface
    interface Work<T> {
        T run(JobContext context) throws Exception;
    }

    /**
     * Runs work with a progress bar. Ctrl-C (SIGINT/SIGTERM) asks the work to cancel and gives it up to a minute to
     * record that cleanly (a run marked cancelled, checkpoints kept) before the JVM exits.
     */
    static <T> T run(String task, Work<T> work) throws Exception {
        CancellationToken cancellation = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tagbench-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return runWithBar(task, work, cancellation);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook is running and has just been released
            }
        }
    }

    private static <T> T runWithBar(String task, Work<T> work, CancellationToken cancellation) throws Exception {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .continuousUpdate().build()) {
            JobContext context = new JobContext((fraction, message) -> {
                bar.stepTo(Math.round(fraction * STEPS));
                bar.setExtraMessage(shorten(message));
            }, cancellation);
            return work.run(context);
        }
    }

    private static String shorten(String message) {
        return message.length() <= 40 ? message : "..." + message.substring(message.length() - 37);
    }
}
