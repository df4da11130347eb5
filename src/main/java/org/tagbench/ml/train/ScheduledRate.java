package org.tagbench.ml.train;

import ai.djl.training.tracker.Tracker;

/**
 * Hands DJL's optimizer the rate the trainer set for the current step. DJL trackers are asked per
 * parameter update count; our schedules think in (epoch, step), so the trainer sets the value.
 */
final class ScheduledRate implements Tracker {
    private volatile float current;

    ScheduledRate(float initial) {
        this.current = initial;
    }

    void set(float rate) {
        current = rate;
    }

    float get() {
        return current;
    }

    @Override
    public float getNewValue(int numUpdate) {
        return current;
    }
}
