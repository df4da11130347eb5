package org.tagbench.app;

/** One line of a throughput benchmark: how many clips per second a number of threads sustained. */
public record BenchResult(int threads, int clips, double audioSeconds, double bestPassSeconds) {
    public double clipsPerSecond() {
        return clips / bestPassSeconds;
    }

    /** Seconds of audio processed per second of wall time. */
    public double realtimeFactor() {
        return audioSeconds / bestPassSeconds;
    }

    public double millisPerClip() {
        return 1000 * bestPassSeconds / clips;
    }
}
