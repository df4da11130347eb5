package org.tagbench.cli;

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

    static <T> T run(String task, Work<T> work) throws Exception {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(STEPS)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .continuousUpdate().build()) {
            JobContext context = new JobContext((fraction, message) -> {
                bar.stepTo(Math.round(fraction * STEPS));
                bar.setExtraMessage(shorten(message));
            }, new CancellationToken());
            return work.run(context);
        }
    }

    private static String shorten(String message) {
        return message.length() <= 40 ? message : "..." + message.substring(message.length() - 37);
    }
}
