package org.tagbench.ui;

import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the gap between consecutive JavaFX pulses. A pulse can only start when the FX thread is free, so a gap
 * longer than the frame period is the time the thread was stalled by other work. Use on the FX thread only.
 */
final class FramePulseProbe extends AnimationTimer {
    /** Frame gaps of one recording, in milliseconds. */
    record FrameGaps(double[] millis) {
        static FrameGaps concat(java.util.Collection<FrameGaps> parts) {
            return new FrameGaps(parts.stream().flatMapToDouble(part -> Arrays.stream(part.millis)).toArray());
        }

        double longest() {
            return Arrays.stream(millis).max().orElse(0);
        }

        double median() {
            return percentile(50);
        }

        double percentile(double p) {
            if (millis.length == 0) {
                return 0;
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private double[] gaps = new double[4096];
    private int count;
    private long previous;

    @Override
    public void handle(long now) {
        if (previous != 0) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = (now - previous) / 1e6;
        }
        previous = now;
    }

    /** Starts a new recording. */
    void restart() {
        count = 0;
        previous = 0;
        start();
    }

    /** Ends the recording and returns its gaps. */
    FrameGaps finish() {
        stop();
        return new FrameGaps(Arrays.copyOf(gaps, count));
    }
}
