package org.tagbench.ui;

import java.util.Arrays;
import java.util.Collection;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;
import org.tagbench.metrics.Percentiles;

/**
 * Records, for each JavaFX pulse, the gap since the previous pulse and the CPU time the FX thread spent in that gap.
 * A pulse can only start when the FX thread is free, so a gap longer than the frame period is time the thread was
 * held: by its own work (event handlers, posted runnables, animations, CSS, layout, the sync to the render graph) or
 * by waiting for the renderer to finish the previous frame. Waiting uses no CPU, so the CPU time is the part that is
 * ours to cut, while the gap is what the user sees. Use on the FX thread only.
 */
final class FramePulseProbe extends AnimationTimer {
    /** Durations of one recording (frame gaps, CPU times, switch times), in milliseconds. */
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
            return Percentiles.nearestRank(sorted, p);
        }
    }

    /** Frame gaps and the FX thread's CPU time in each, of one recording. */
    record Recording(Millis frameGaps, Millis fxCpu) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Series gaps = new Series();
    private final Series cpu = new Series();
    private long previous;
    private long previousCpu;

    FramePulseProbe() {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
    }

    @Override
    public void handle(long now) {
        long cpuNow = THREADS.getCurrentThreadCpuTime();
        if (previous != 0) {
            gaps.add((now - previous) / 1e6);
            cpu.add((cpuNow - previousCpu) / 1e6);
        }
        previous = now;
        previousCpu = cpuNow;
    }

    /** Starts a new recording. */
    void restart() {
        gaps.clear();
        cpu.clear();
        previous = 0;
        start();
    }

    /** Ends the recording and returns it. */
    Recording finish() {
        stop();
        return new Recording(gaps.toMillis(), cpu.toMillis());
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
