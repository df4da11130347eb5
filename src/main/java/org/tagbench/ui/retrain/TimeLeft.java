package org.tagbench.ui.retrain;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The time a retrain has left, from the wall time its finished epochs took and the epochs still to train. */
public final class TimeLeft {
    private TimeLeft() {}

    /** Empty until an epoch has finished; zero once all have. */
    public static Optional<Duration> estimate(Duration elapsed, int epochsDone, int epochsTotal) {
        if (epochsDone <= 0) {
            return Optional.empty();
        }
        int left = Math.max(0, epochsTotal - epochsDone);
        return Optional.of(elapsed.multipliedBy(left).dividedBy(epochsDone));
    }

    /** "about 2 min 05 s left", or a placeholder before the first epoch. */
    public static String describe(Optional<Duration> left) {
        return left.map(TimeLeft::describe).orElse("time left: after the first epoch");
    }

    private static String describe(Duration left) {
        long seconds = left.toSeconds();
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "about %d h %02d min left", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "about %d min %02d s left", seconds / 60, seconds % 60);
        }
        return "about " + seconds + " s left";
    }
}
