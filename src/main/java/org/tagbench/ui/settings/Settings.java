package org.tagbench.ui.settings;

import java.util.Map;

/**
 * What the window remembers between sessions. Missing fields of an older settings file read as null or zero
 * and are replaced by the defaults in {@link #withDefaults()}. {@code keyBindings} holds only the keys the user
 * changed (action name to keys). {@code retrainFolds} and {@code retrainEpochs} are the retrain form's values the
 * user chose; 0 leaves them to the preset's plan.
 * {@code windowX}/{@code windowY} are null until the window has been placed once (it
 * opens centred then). A {@code tileStep} in an older file is ignored: the Tiles overlay draws the run's own tiles.
 */
public record Settings(String melPreset, String colormap, double floorDb, double ceilingDb, double minHz,
                       double maxHz, double playbackSpeed, double volume, boolean autoplay, boolean showCrops,
                       boolean showTiles, double windowWidth, double windowHeight, double browserDivider,
                       double timelineDivider, String lastWorkspace, Map<String, String> keyBindings,
                       int retrainFolds, int retrainEpochs, Double windowX, Double windowY) {
    /**
     * The smallest window (its content, without the window manager's frame) at which nothing essential is cut:
     * found by looking at the real window; a layout computed in a smaller one is never saved.
     */
    public static final double MIN_WINDOW_WIDTH = 1200;
    public static final double MIN_WINDOW_HEIGHT = 720;

    public Settings {
        keyBindings = keyBindings == null ? Map.of() : Map.copyOf(keyBindings);
    }

    public static final String DEFAULT_PRESET = "fsd7th8th";

    public static Settings defaults() {
        return new Settings(DEFAULT_PRESET, "magma", -80, 20, 0, 22_050, 1.0, 0.8, false, false, false,
                1400, 900, 0.36, 0.24, null, Map.of(), 0, 0, null, null);
    }

    /** Fills what an older or hand-edited file left out or made impossible. */
    public Settings withDefaults() {
        Settings d = defaults();
        boolean validDb = ceilingDb > floorDb;
        boolean validHz = maxHz > minHz && minHz >= 0;
        return new Settings(melPreset == null ? d.melPreset : melPreset, colormap == null ? d.colormap : colormap,
                validDb ? floorDb : d.floorDb, validDb ? ceilingDb : d.ceilingDb, validHz ? minHz : d.minHz,
                validHz ? maxHz : d.maxHz, playbackSpeed > 0 ? playbackSpeed : d.playbackSpeed,
                volume >= 0 && volume <= 1 ? volume : d.volume, autoplay, showCrops, showTiles,
                windowWidth >= MIN_WINDOW_WIDTH ? windowWidth : d.windowWidth,
                windowHeight >= MIN_WINDOW_HEIGHT ? windowHeight : d.windowHeight,
                browserDivider > 0 && browserDivider < 1 ? browserDivider : d.browserDivider,
                timelineDivider > 0 && timelineDivider < 1 ? timelineDivider : d.timelineDivider, lastWorkspace,
                keyBindings, Math.max(0, retrainFolds), Math.max(0, retrainEpochs), finite(windowX), finite(windowY));
    }

    /** True when the window is at least its minimum size, so a layout computed in it may be kept. */
    public static boolean isFullSize(double width, double height) {
        return width >= MIN_WINDOW_WIDTH && height >= MIN_WINDOW_HEIGHT;
    }

    private static Double finite(Double value) {
        return value != null && Double.isFinite(value) ? value : null;
    }
}
