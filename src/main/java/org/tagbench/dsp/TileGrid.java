package org.tagbench.dsp;

/**
 * Inference tiles along time: windows of {@code tileFrames}, {@code stepFrames} apart, covering the whole clip.
 * Like pytorch-toolbelt's ImageSlicer (used by the 1st place): n = max(1, ⌈(T − overlap) / step⌉) tiles, the
 * surplus n·step + overlap − T split around the clip (the smaller half before it), so the first start may be
 * negative and the last tile may run past the end; {@link TimeCrop#crop} pads those columns.
 */
public record TileGrid(int tileFrames, int stepFrames) {

    public TileGrid {
        if (tileFrames <= 0 || stepFrames <= 0 || stepFrames > tileFrames) {
            throw new IllegalArgumentException("need 0 < step <= tile, got tile " + tileFrames + " step " + stepFrames);
        }
    }

    /** 1st place (argus): 256-frame tiles every 64 frames. */
    public static TileGrid firstPlace() {
        return new TileGrid(256, 64);
    }

    /** 8th place (Bouteillon): 128-frame windows every 48 frames. */
    public static TileGrid eighthPlace() {
        return new TileGrid(128, 48);
    }

    public int count(int clipFrames) {
        int overlap = tileFrames - stepFrames;
        return Math.max(1, ceilDiv(clipFrames - overlap, stepFrames));
    }

    public int[] starts(int clipFrames) {
        if (clipFrames < 0) {
            throw new IllegalArgumentException("clipFrames must not be negative, got " + clipFrames);
        }
        int count = count(clipFrames);
        int surplus = stepFrames * (count - 1) + tileFrames - clipFrames;
        int first = -(surplus / 2);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = first + i * stepFrames;
        }
        return starts;
    }

    private static int ceilDiv(int numerator, int denominator) {
        return -Math.floorDiv(-numerator, denominator);
    }
}
