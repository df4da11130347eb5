package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import org.tagbench.ui.browser.ClipRow;

/**
 * Switching clips in the real window: from selecting a clip in the browser to its waveform and complete spectrogram
 * painted, first over clips never shown (decode, waveform summary, log-mel, paint), then over the same clips again
 * (media cached: only the paint). Needs a display (xvfb-run).
 */
public final class ClipSwitchBenchmark {
    /**
     * Milliseconds per switch, over {@code switches} switches in each pass; then frame gaps and the FX thread's CPU
     * time per frame while the playback cursor runs over the last clip, the view fitted to it.
     */
    public record Result(int switches, double uncachedMedianMs, double uncachedMaxMs, double cachedMedianMs,
                         double cachedMaxMs, double playbackP99FrameGapMs, double playbackLongestFrameGapMs,
                         double playbackLongestFxCpuMs) {}

    private static final long SWITCH_TIMEOUT_MS = 60_000;
    private static final long PLAYBACK_MS = 4_000;

    private ClipSwitchBenchmark() {}

    public static Result run(Path workspace) throws IOException, InterruptedException {
        try (BenchmarkWindow window = BenchmarkWindow.open(workspace)) {
            List<ClipRow> rows = awaitRows(window);
            FramePulseProbe.Millis uncached = new FramePulseProbe.Millis(visit(window, rows));
            FramePulseProbe.Millis cached = new FramePulseProbe.Millis(visit(window, rows));
            FramePulseProbe.Recording playback = playCursor(window.workbench());
            return new Result(uncached.values().length, uncached.median(), uncached.longest(), cached.median(),
                    cached.longest(), playback.frameGaps().percentile(99), playback.frameGaps().longest(),
                    playback.fxCpu().longest());
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

    /** Moves the cursor every frame as playback does (no sound device here), for a few seconds of the clip. */
    private static FramePulseProbe.Recording playCursor(Workbench workbench) throws IOException, InterruptedException {
        FramePulseProbe probe = new FramePulseProbe();
        AnimationTimer player = new AnimationTimer() {
            private long started;

            @Override
            public void handle(long now) {
                if (started == 0) {
                    started = now;
                }
                workbench.model().timeline().moveCursor((now - started) / 1e9);
            }
        };
        WindowSnapshot.onFx(() -> {
            workbench.model().timeline().zoomToFit();
            player.start();
            probe.restart();
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(PLAYBACK_MS);
        return WindowSnapshot.onFx(() -> {
            player.stop();
            return probe.finish();
        });
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
