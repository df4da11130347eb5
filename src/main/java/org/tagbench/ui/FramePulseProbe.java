package org.tagbench.ui;

import java.util.Arrays;
import java.util.Collection;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Records, for each JavaFX pulse, the gap since the previous pulse and the FX thread's own work in it. A pulse can only
 * start when the FX thread is free, so a gap longer than the frame period is time the thread was held: by event
 * handlers, CSS and layout, or by waiting for the renderer to finish the previous frame. The work figure is the part
 * that is ours to cut: the event handlers run since the last pulse (timed through {@link #timed}) plus the pulse's
 * animations, CSS and layout, up to the scene's post-layout listeners; waiting for the renderer is left out. Use on
 * the FX thread only.
 */
final class FramePulseProbe extends AnimationTimer {
    /** Durations of one recording, in milliseconds. */
    record Millis(double[] values) {
        static Millis concat(Collection<Millis> parts) {
            return new Millis(parts.stream().flatMapToDouble(part -> Arrays.stream(part.values)).toArray());
        }

        double longest() {
            return Arrays.stream(values).max().orElse(0);
        }

        double median() {
            return percentile(50);
        }

        double percentile(double p) {
            if (values.length == 0) {
                return 0;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /** Frame gaps and per-frame FX-thread work of one recording. */
    record Recording(Millis frameGaps, Millis fxWork) {}

    private final Series gaps = new Series();
    private final Series work = new Series();
    private long previous;
    private long pulseStart;
    private long handlerNanos;

    FramePulseProbe(Scene scene) {
        scene.addPostLayoutPulseListener(this::afterLayout);
    }

    @Override
    public void handle(long now) {
        if (previous != 0) {
            gaps.add((now - previous) / 1e6);
        }
        previous = now;
        pulseStart = now;
    }

    private void afterLayout() {
        if (pulseStart != 0) {
            work.add((System.nanoTime() - pulseStart + handlerNanos) / 1e6);
            pulseStart = 0;
            handlerNanos = 0;
        }
    }

    /** Runs an action standing for a user's input, counting its time towards the next frame's work. */
    void timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        handlerNanos += System.nanoTime() - start;
    }

    /** Starts a new recording. */
    void restart() {
        gaps.clear();
        work.clear();
        previous = 0;
        pulseStart = 0;
        handlerNanos = 0;
        start();
    }

    /** Ends the recording and returns it. */
    Recording finish() {
        stop();
        return new Recording(gaps.toMillis(), work.toMillis());
    }

    private static final class Series {
        private double[] values = new double[4096];
        private int count;

        void add(double value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }

        void clear() {
            count = 0;
        }

        Millis toMillis() {
            return new Millis(Arrays.copyOf(values, count));
        }
    }
}
