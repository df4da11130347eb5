package org.tagbench.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region that is one canvas filling it, resized with the region: the base of the timeline's panes. */
abstract class CanvasRegion extends Region {
    private final Canvas canvas = new Canvas();

    CanvasRegion(String canvasId, double minHeight) {
        canvas.setId(canvasId);
        getChildren().add(canvas);
        setMinHeight(minHeight);
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }
}
