package org.tagbench.ui.timeline;

import org.tagbench.app.inference.RunWindows;

/** The legend naming the overlays drawn over the spectrogram (the toolbar names whose windows); empty when none is on. */
public record OverlayLegend(String crops, String tiles) {

    public static OverlayLegend of(boolean showCrops, boolean showTiles, RunWindows windows, int cropCount,
                                   long cropSeed) {
        String waiting = "(waiting for the run's features)";
        String crops = !showCrops ? null : windows == null ? "crops " + waiting
                : cropCount + " training crops (" + windows.trainingSampler().presetName() + ", seed " + cropSeed + ")";
        String tiles = !showTiles ? null : windows == null ? "inference windows " + waiting
                : "inference: " + windows.inferenceDescription();
        return new OverlayLegend(crops, tiles);
    }

    public boolean isEmpty() {
        return crops == null && tiles == null;
    }
}
