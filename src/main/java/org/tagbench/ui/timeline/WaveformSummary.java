package org.tagbench.ui.timeline;

/**
 * Min/max pyramid of a clip: level 0 keeps the extremes of every {@value #BASE_BLOCK} samples, each further level
 * of {@value #FANOUT} blocks of the level below. Drawing picks the coarsest level still finer than one pixel, so
 * a 10-minute file at any zoom costs a few thousand reads, never a pass over its samples.
 */
public final class WaveformSummary {
    public static final int BASE_BLOCK = 16;
    public static final int FANOUT = 4;

    private final int sampleCount;
    private final int sampleRate;
    private final float[][] minima;
    private final float[][] maxima;

    private WaveformSummary(int sampleCount, int sampleRate, float[][] minima, float[][] maxima) {
        this.sampleCount = sampleCount;
        this.sampleRate = sampleRate;
        this.minima = minima;
        this.maxima = maxima;
    }

    public static WaveformSummary of(float[] samples, int sampleRate) {
        int levels = 1;
        for (long block = BASE_BLOCK; block * FANOUT < samples.length; block *= FANOUT) {
            levels++;
        }
        float[][] minima = new float[levels][];
        float[][] maxima = new float[levels][];
        summariseSamples(samples, minima, maxima);
        for (int level = 1; level < levels; level++) {
            summariseLevel(minima, maxima, level);
        }
        return new WaveformSummary(samples.length, sampleRate, minima, maxima);
    }

    private static void summariseSamples(float[] samples, float[][] minima, float[][] maxima) {
        int buckets = (samples.length + BASE_BLOCK - 1) / BASE_BLOCK;
        minima[0] = new float[buckets];
        maxima[0] = new float[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            int end = Math.min(samples.length, (bucket + 1) * BASE_BLOCK);
            for (int i = bucket * BASE_BLOCK; i < end; i++) {
                low = Math.min(low, samples[i]);
                high = Math.max(high, samples[i]);
            }
            minima[0][bucket] = low;
            maxima[0][bucket] = high;
        }
    }

    private static void summariseLevel(float[][] minima, float[][] maxima, int level) {
        float[] lowBelow = minima[level - 1];
        float[] highBelow = maxima[level - 1];
        int buckets = (lowBelow.length + FANOUT - 1) / FANOUT;
        minima[level] = new float[buckets];
        maxima[level] = new float[buckets];
        for (int bucket = 0; bucket < buckets; bucket++) {
            float low = Float.POSITIVE_INFINITY;
            float high = Float.NEGATIVE_INFINITY;
            int end = Math.min(lowBelow.length, (bucket + 1) * FANOUT);
            for (int i = bucket * FANOUT; i < end; i++) {
                low = Math.min(low, lowBelow[i]);
                high = Math.max(high, highBelow[i]);
            }
            minima[level][bucket] = low;
            maxima[level][bucket] = high;
        }
    }

    /**
     * Extremes of the samples in [startSecond, endSecond) split into {@code columns} equal columns, read from the
     * coarsest level whose blocks are no wider than one column. Column c is {@code out[0][c]} (min) and
     * {@code out[1][c]} (max); a column past the end of the clip is NaN.
     */
    public float[][] columns(double startSecond, double endSecond, int columns) {
        float[][] out = new float[2][columns];
        double samplesPerColumn = (endSecond - startSecond) * sampleRate / columns;
        int level = levelFor(samplesPerColumn);
        long block = blockSize(level);
        for (int column = 0; column < columns; column++) {
            long first = (long) Math.floor(startSecond * sampleRate + column * samplesPerColumn);
            long last = (long) Math.floor(startSecond * sampleRate + (column + 1) * samplesPerColumn);
            fillColumn(out, column, level, first / block, Math.max(first / block + 1, (last + block - 1) / block));
        }
        return out;
    }

    private void fillColumn(float[][] out, int column, int level, long fromBucket, long toBucket) {
        float[] low = minima[level];
        float[] high = maxima[level];
        int from = (int) Math.max(0, fromBucket);
        int to = (int) Math.min(low.length, toBucket);
        if (from >= to) {
            out[0][column] = Float.NaN;
            out[1][column] = Float.NaN;
            return;
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            min = Math.min(min, low[i]);
            max = Math.max(max, high[i]);
        }
        out[0][column] = min;
        out[1][column] = max;
    }

    int levelFor(double samplesPerColumn) {
        int level = 0;
        while (level + 1 < minima.length && blockSize(level + 1) <= samplesPerColumn) {
            level++;
        }
        return level;
    }

    static long blockSize(int level) {
        long size = BASE_BLOCK;
        for (int i = 0; i < level; i++) {
            size *= FANOUT;
        }
        return size;
    }

    public int levels() {
        return minima.length;
    }

    public double durationSeconds() {
        return (double) sampleCount / sampleRate;
    }

    public int sampleRate() {
        return sampleRate;
    }
}
