package org.tagbench.app;

/** One line of a throughput benchmark: how many clips per second a number of threads sustained. */
public record BenchResult(int threads, int clips, double audioSeconds, double bestPassSeconds, double cpuSecondsOfBestPass) {
    public double clipsPerSecond() {
        return clips / bestPassSeconds;
    }

    /** Seconds of audio processed per second of wall time. */
    public double realtimeFactor() {
        return audioSeconds / bestPassSeconds;
    }

    /**
     * CPU milliseconds one core spends per 5 s of audio: the per-core cost, unaffected by other processes
     * competing for the cores (wall time is).
     */
    public double cpuMillisPer5sAudio() {
        return 5000 * cpuSecondsOfBestPass / audioSeconds;
    }

    public double millisPerClip() {
        return 1000 * bestPassSeconds / clips;
    }
}
