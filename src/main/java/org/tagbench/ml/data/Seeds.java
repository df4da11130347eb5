package org.tagbench.ml.data;

/** Derives independent, reproducible seeds from a run seed and the coordinates of a draw. */
public final class Seeds {
    private Seeds() {}

    /** SplitMix64 finaliser over the combined parts: nearby inputs give unrelated seeds. */
    public static long mix(long... parts) {
        long state = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            state = scramble(state ^ part) + 0x9E3779B97F4A7C15L;
        }
        return scramble(state);
    }

    private static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
