package org.tagbench.ui.timeline;

/** The legend naming the overlays drawn over the spectrogram; empty when none is on. */
public record OverlayLegend(String crops, String tiles) {

    public static OverlayLegend of(boolean showCrops, boolean cropsComputed, int cropCount, long cropSeed,
                                   boolean showTiles, int tileStep) {
        String crops = !showCrops ? null : cropsComputed
                ? cropCount + " crops (strength-adaptive, seed " + cropSeed + ")"
                : "crops (waiting for the whole spectrogram)";
        String tiles = showTiles ? "tiles (step " + tileStep + ")" : null;
        return new OverlayLegend(crops, tiles);
    }

    public boolean isEmpty() {
        return crops == null && tiles == null;
    }
}
