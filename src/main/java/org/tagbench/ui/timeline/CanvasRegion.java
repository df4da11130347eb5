package org.tagbench.ui.timeline;

import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * A region that is one canvas filling it, resized with the region, with the playback cursor as a line node over it:
 * moving the cursor then repaints a strip two pixels wide instead of the whole canvas on every frame of playback.
 * The base of the timeline's panes. A small label in the plot's top right corner reads out what the pointer is over.
 */
abstract class CanvasRegion extends Region {
    private static final Color CURSOR = Color.web("#ff5252");

    private final Canvas canvas = new Canvas();
    private final Line cursor = new Line();
    private final Label readout = new Label();

    CanvasRegion(String canvasId, double minHeight) {
        canvas.setId(canvasId);
        cursor.getStyleClass().add("playback-cursor");
        cursor.setStroke(CURSOR);
        cursor.setStrokeWidth(1.5);
        cursor.setManaged(false);
        cursor.setMouseTransparent(true);
        cursor.setVisible(false);
        readout.getStyleClass().add("hover-readout");
        readout.setStyle("-fx-background-color: rgba(20,22,28,0.85); -fx-text-fill: #e6e9ef; -fx-font-size: 11px;"
                + " -fx-padding: 1 5 1 5;");
        readout.setWrapText(true);
        readout.setManaged(false);
        readout.setMouseTransparent(true);
        readout.setVisible(false);
        getChildren().addAll(canvas, cursor, readout);
        setMinHeight(minHeight);
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> showReadout(readoutAt(event.getX(), event.getY())));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> showReadout(readoutAt(event.getX(), event.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> showReadout(Optional.empty()));
    }

    /** What the pointer at (x, y) is over; a lookup only, as it runs on every mouse move. */
    abstract Optional<HoverReadout> readoutAt(double x, double y);

    /** The readout label (for tests and snapshots). */
    public Label readout() {
        return readout;
    }

    private void showReadout(Optional<HoverReadout> shown) {
        readout.setVisible(shown.isPresent());
        shown.ifPresent(value -> {
            readout.setText(value.text());
            requestLayout();
        });
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
        // never wider than the plot: in a narrow timeline the readout wraps rather than covering the colour bar
        TimeMapping mapping = mapping();
        double width = Math.min(readout.prefWidth(-1), Math.max(0, mapping.width() - 4));
        readout.resize(width, readout.prefHeight(width));
        readout.relocate(mapping.left() + mapping.width() - width - 2, 2);
    }
}
