package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.tagbench.app.DecisionBenchmark;
import org.tagbench.ui.browser.ClipRow;

/**
 * Switching clips in the real window: from selecting a clip in the browser to its waveform and complete spectrogram
 * painted, first over clips never shown (decode, waveform summary, log-mel, paint), then over the same clips again
 * (media cached: only the paint). Needs a display (xvfb-run).
 */
public final class ClipSwitchBenchmark {
    /** Milliseconds per switch, over {@code switches} switches in each pass. */
    public record Result(int switches, double uncachedMedianMs, double uncachedMaxMs, double cachedMedianMs,
                         double cachedMaxMs) {}

    private static final long SWITCH_TIMEOUT_MS = 60_000;

    private ClipSwitchBenchmark() {}

    public static Result run(Path workspace) throws IOException, InterruptedException {
        try (BenchmarkWindow window = BenchmarkWindow.open(workspace)) {
            List<ClipRow> rows = awaitRows(window);
            double[] uncached = visit(window, rows);
            double[] cached = visit(window, rows);
            Arrays.sort(uncached);
            Arrays.sort(cached);
            return new Result(uncached.length, DecisionBenchmark.percentile(uncached, 50),
                    uncached[uncached.length - 1], DecisionBenchmark.percentile(cached, 50), cached[cached.length - 1]);
        }
    }

    private static List<ClipRow> awaitRows(BenchmarkWindow window) throws IOException, InterruptedException {
        Workbench workbench = window.workbench();
        window.await("the workspace opens", SWITCH_TIMEOUT_MS, () -> workbench.model().browser().allRows().size() > 2
                && workbench.model().timeline().mediaProperty().get() != null);
        window.await("the first clip is painted", SWITCH_TIMEOUT_MS,
                () -> painted(workbench, workbench.model().browser().selectedProperty().get()));
        return WindowSnapshot.onFx(() -> List.copyOf(workbench.model().browser().rows()));
    }

    /** Selects each clip but the one shown, in order, and times it until painted. */
    private static double[] visit(BenchmarkWindow window, List<ClipRow> rows) throws IOException, InterruptedException {
        Workbench workbench = window.workbench();
        ClipRow shown = WindowSnapshot.onFx(() -> workbench.model().browser().selectedProperty().get());
        List<ClipRow> others = rows.stream().filter(row -> row != shown).toList();
        double[] times = new double[others.size() + 1];
        int i = 0;
        for (ClipRow row : others) {
            times[i++] = switchTo(window, row);
        }
        times[i] = switchTo(window, shown);
        return times;
    }

    private static double switchTo(BenchmarkWindow window, ClipRow row) throws IOException, InterruptedException {
        Workbench workbench = window.workbench();
        long start = System.nanoTime();
        WindowSnapshot.onFx(() -> {
            workbench.model().browser().selectedProperty().set(row);
            return null;
        });
        window.await("clip " + row.fname() + " is painted", SWITCH_TIMEOUT_MS, () -> painted(workbench, row));
        return (System.nanoTime() - start) / 1e6;
    }

    /** On the FX thread: this clip's waveform is drawn and its spectrogram is complete and fully painted. */
    private static boolean painted(Workbench workbench, ClipRow row) {
        var timeline = workbench.model().timeline();
        var media = timeline.mediaProperty().get();
        var spectrogram = timeline.spectrogramProperty().get();
        return row != null && media != null && row.fname().equals(media.clip().fname())
                && spectrogram != null && spectrogram.isComplete()
                && workbench.view().timeline().spectrogram().fullyPaintedProperty().get();
    }
}
