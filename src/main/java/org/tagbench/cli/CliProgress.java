package org.tagbench.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ProgressListener;

/**
 * Shows a job's progress on stderr, so stdout stays clean for results: a progress bar on a terminal, occasional plain
 * lines otherwise.
 */
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
        if (!isTerminal()) {
            return work.run(new JobContext(new PlainLines(task, System.err, System::nanoTime), cancellation));
        }
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

    /**
     * Whether a person watches: a console whose streams are a terminal. Redirected to a file or a pipe (CI logs), the
     * bar's redraws would pile up as lines repeating themselves. Java 22 has a console even then, and says so.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true; // before Java 22 a console exists only on a terminal
        }
    }

    /** Progress as occasional plain lines: "train 40% fold 1, epoch 2/20", at each tenth done or half a minute. */
    static final class PlainLines implements ProgressListener {
        private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(30);

        private final String task;
        private final PrintStream out;
        private final LongSupplier clock;
        private int tenthsShown = -1;
        private long lastLine;

        PlainLines(String task, PrintStream out, LongSupplier clock) {
            this.task = task;
            this.out = out;
            this.clock = clock;
        }

        @Override
        public synchronized void progress(double fraction, String message) {
            int tenths = (int) Math.floor(fraction * 10 + 1e-9);
            long now = clock.getAsLong();
            if (tenths > tenthsShown || now - lastLine >= QUIET_NANOS) {
                tenthsShown = Math.max(tenthsShown, tenths);
                lastLine = now;
                out.printf(Locale.ROOT, "%s %d%% %s%n", task, Math.round(fraction * 100), message);
            }
        }
    }

    private static String shorten(String message) {
        return message.length() <= 40 ? message : "..." + message.substring(message.length() - 37);
    }
}
