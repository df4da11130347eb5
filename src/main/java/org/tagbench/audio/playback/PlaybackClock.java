package org.tagbench.audio.playback;

/**
 * Smooth playback position for a UI that samples it once per screen frame. Output lines report their position
 * in jumps of one buffer; this clock advances with wall time at the playback speed and only re-anchors to the
 * reported position when the two drift apart by more than {@link #MAX_DRIFT_SECONDS}.
 */
public final class PlaybackClock {
    static final double MAX_DRIFT_SECONDS = 0.05;

    private double anchorPosition;
    private long anchorNanos;
    private double speed = 1;
    private boolean running;

    /** Starts (or restarts) the clock at a clip position. */
    public synchronized void start(double positionSeconds, double playbackSpeed, long nowNanos) {
        anchorPosition = positionSeconds;
        anchorNanos = nowNanos;
        speed = playbackSpeed;
        running = true;
    }

    /** Freezes the clock at its current position. */
    public synchronized void stop(long nowNanos) {
        anchorPosition = position(nowNanos);
        anchorNanos = nowNanos;
        running = false;
    }

    /** Sets the position, keeping the clock running or stopped as it was. */
    public synchronized void jumpTo(double positionSeconds, long nowNanos) {
        anchorPosition = positionSeconds;
        anchorNanos = nowNanos;
    }

    /** Corrects drift from the position the output reports as heard. */
    public synchronized void correct(double reportedPosition, long nowNanos) {
        if (running && Math.abs(position(nowNanos) - reportedPosition) > MAX_DRIFT_SECONDS) {
            anchorPosition = reportedPosition;
            anchorNanos = nowNanos;
        }
    }

    public synchronized double position(long nowNanos) {
        return running ? anchorPosition + (nowNanos - anchorNanos) / 1e9 * speed : anchorPosition;
    }

    public synchronized boolean isRunning() {
        return running;
    }
}
