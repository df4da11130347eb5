package org.tagbench.ui.timeline;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * A region that is one canvas filling it, resized with the region, with the playback cursor as a line node over it:
 * moving the cursor then repaints a strip two pixels wide instead of the whole canvas on every frame of playback.
 * The base of the timeline's panes.
 */
abstract class CanvasRegion extends Region {
    private static final Color CURSOR = Color.web("#ff5252");

    private final Canvas canvas = new Canvas();
    private final Line cursor = new Line();

    CanvasRegion(String canvasId, double minHeight) {
        canvas.setId(canvasId);
        cursor.getStyleClass().add("playback-cursor");
        cursor.setStroke(CURSOR);
        cursor.setStrokeWidth(1.5);
        cursor.setManaged(false);
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        getChildren().addAll(canvas, cursor);
        setMinHeight(minHeight);
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The mapping from seconds to x in this pane. */
    public abstract TimeMapping mapping();

    /** The height the cursor spans, from the top. */
    abstract double cursorHeight();

    /** Puts the cursor line at this time, hidden when it is outside the visible span. */
    void placeCursor(double seconds) {
        TimeMapping mapping = mapping();
        double x = mapping.x(seconds);
        boolean shown = x >= mapping.left() && x <= mapping.left() + mapping.width() && getWidth() > 0;
        cursor.setVisible(shown);
        if (shown) {
            cursor.setStartX(x);
            cursor.setEndX(x);
            cursor.setStartY(0);
            cursor.setEndY(cursorHeight());
        }
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }
}
