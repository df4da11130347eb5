package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.tagbench.app.DecisionBenchmark;

/**
 * The review loop's pace in the real window: from asking for the next queue item to its clip's waveform and
 * spectrogram painted and its suggestions shown, first over items never shown (decode, log-mel, predictions read),
 * then the same items again (the reference: everything cached). Needs a display (xvfb-run).
 */
public final class ReviewBenchmark {
    /** {@code steps} is the number of next-item steps timed in each pass. */
    public record Result(int steps, double firstMedianMs, double firstMaxMs, double againMedianMs, double againMaxMs) {}

    private static final long ITEM_TIMEOUT_MS = 30_000;

    private ReviewBenchmark() {}

    /** Runs on a workspace the caller may change (a scratch copy): review mode is started on its noisy queue. */
    public static Result run(Path workspace, int items) throws IOException, InterruptedException {
        WindowSnapshot.startToolkit();
        Path settingsDir = Files.createTempDirectory("tagbench-bench-review");
        Workbench workbench = WindowSnapshot.onFx(() -> UiBenchmark.openWindow(settingsDir, workspace));
        try {
            awaitQueue(workbench);
            int count = WindowSnapshot.onFx(() -> Math.min(items, workbench.model().review().visible().size()));
            double[] first = walk(workbench, count);
            double[] again = walk(workbench, count);
            Arrays.sort(first);
            Arrays.sort(again);
            return new Result(first.length, DecisionBenchmark.percentile(first, 50), first[first.length - 1],
                    DecisionBenchmark.percentile(again, 50), again[again.length - 1]);
        } finally {
            WindowSnapshot.onFx(() -> {
                workbench.close();
                return null;
            });
            Files.deleteIfExists(settingsDir.resolve("settings.json"));
            Files.deleteIfExists(settingsDir);
        }
    }

    private static void awaitQueue(Workbench workbench) throws IOException, InterruptedException {
        awaitFx("the workspace opens", () -> !workbench.model().browser().allRows().isEmpty());
        WindowSnapshot.onFx(() -> {
            workbench.model().review().start();
            return null;
        });
        awaitFx("the noisy queue is ranked", () -> workbench.model().review().currentProperty().get() != null);
        if (WindowSnapshot.onFx(() -> workbench.model().review().visible().size()) < 2) {
            throw new IllegalStateException("the noisy queue has fewer than 2 items: train a run first");
        }
    }

    /** Goes back to the queue's first item, then times each step to the next one. */
    private static double[] walk(Workbench workbench, int count) throws IOException, InterruptedException {
        WindowSnapshot.onFx(() -> {
            var review = workbench.model().review();
            for (int i = 0; i < review.visible().size(); i++) {
                review.previous();
            }
            return null;
        });
        awaitShown(workbench);
        double[] times = new double[count - 1];
        for (int i = 0; i < count - 1; i++) {
            long start = System.nanoTime();
            WindowSnapshot.onFx(() -> {
                workbench.model().nextClip();
                return null;
            });
            awaitShown(workbench);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void awaitShown(Workbench workbench) throws IOException, InterruptedException {
        awaitFx("the queue item is painted with its suggestions", () -> shown(workbench));
    }

    /** On the FX thread: the current item's clip is painted and its suggestions are on screen. */
    private static boolean shown(Workbench workbench) {
        var model = workbench.model();
        var item = model.review().currentProperty().get();
        var spectrogram = model.timeline().spectrogramProperty().get();
        var media = model.timeline().mediaProperty().get();
        return item != null && item.fname().equals(model.tags().suggestionsShownForProperty().get())
                && media != null && item.fname().equals(media.clip().fname())
                && model.browser().selectedProperty().get() != null
                && item.fname().equals(model.browser().selectedProperty().get().fname())
                && spectrogram != null && spectrogram.isComplete()
                && workbench.view().timeline().spectrogram().fullyPaintedProperty().get();
    }

    private static void awaitFx(String what, java.util.function.Supplier<Boolean> condition)
            throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + ITEM_TIMEOUT_MS;
        while (!WindowSnapshot.onFx(condition)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException("timed out waiting until " + what);
            }
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }
}
