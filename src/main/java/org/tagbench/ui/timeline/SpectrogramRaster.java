package org.tagbench.ui.timeline;

/**
 * Turns decibels into ARGB pixels: a chunk of frames becomes an image one pixel per frame wide and one pixel per
 * visible mel band high, highest band on the top row.
 */
public final class SpectrogramRaster {
    private SpectrogramRaster() {}

    /** Pixels of one chunk for the bands [lowBand, highBand] (inclusive), row-major, width = chunk width. */
    public static int[] paintChunk(ClipSpectrogram spectrogram, int chunk, int lowBand, int highBand,
                                   Colormap colormap, double floorDb, double ceilingDb) {
        int start = spectrogram.chunkStart(chunk);
        int width = spectrogram.chunkWidth(chunk);
        int height = highBand - lowBand + 1;
        int[] pixels = new int[width * height];
        double scale = (Colormap.LEVELS - 1) / Math.max(1e-6, ceilingDb - floorDb);
        for (int row = 0; row < height; row++) {
            float[] band = spectrogram.band(highBand - row);
            int offset = row * width;
            for (int x = 0; x < width; x++) {
                int level = (int) ((band[start + x] - floorDb) * scale);
                pixels[offset + x] = colormap.argbAtLevel(level < 0 ? 0 : Math.min(Colormap.LEVELS - 1, level));
            }
        }
        return pixels;
    }

    /** The colour bar: a column {@code height} pixels high from ceiling (top) to floor (bottom). */
    public static int[] colourBar(Colormap colormap, int height) {
        int[] pixels = new int[height];
        for (int row = 0; row < height; row++) {
            pixels[row] = colormap.argb(1.0 - (double) row / Math.max(1, height - 1));
        }
        return pixels;
    }
}
