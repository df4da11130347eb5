package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Path;

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
        try (BenchmarkWindow window = BenchmarkWindow.open(workspace)) {
            awaitQueue(window);
            Workbench workbench = window.workbench();
            int count = WindowSnapshot.onFx(() -> Math.min(items, workbench.model().review().visible().size()));
            FramePulseProbe.Millis first = new FramePulseProbe.Millis(walk(window, count));
            FramePulseProbe.Millis again = new FramePulseProbe.Millis(walk(window, count));
            return new Result(first.values().length, first.median(), first.longest(), again.median(), again.longest());
        }
    }

    private static void awaitQueue(BenchmarkWindow window) throws IOException, InterruptedException {
        Workbench workbench = window.workbench();
        window.await("the workspace opens", ITEM_TIMEOUT_MS, () -> !workbench.model().browser().allRows().isEmpty());
        WindowSnapshot.onFx(() -> {
            workbench.model().review().start();
            return null;
        });
        window.await("the noisy queue is ranked", ITEM_TIMEOUT_MS,
                () -> workbench.model().review().currentProperty().get() != null);
        if (WindowSnapshot.onFx(() -> workbench.model().review().visible().size()) < 2) {
            throw new IllegalStateException("the noisy queue has fewer than 2 items: train a run first");
        }
    }

    /** Goes back to the queue's first item, then times each step to the next one. */
    private static double[] walk(BenchmarkWindow window, int count) throws IOException, InterruptedException {
        Workbench workbench = window.workbench();
        WindowSnapshot.onFx(() -> {
            var review = workbench.model().review();
            for (int i = 0; i < review.visible().size(); i++) {
                review.previous();
            }
            return null;
        });
        awaitShown(window);
        double[] times = new double[count - 1];
        for (int i = 0; i < count - 1; i++) {
            long start = System.nanoTime();
            WindowSnapshot.onFx(() -> {
                workbench.model().nextClip();
                return null;
            });
            awaitShown(window);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return times;
    }

    private static void awaitShown(BenchmarkWindow window) throws IOException, InterruptedException {
        window.await("the queue item is painted with its suggestions", ITEM_TIMEOUT_MS, () -> shown(window.workbench()));
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
}
