package org.tagbench.ui.timeline;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Marks shared by the waveform and the spectrogram: the loop selection (the cursor is a node, see CanvasRegion). */
final class TimelineDecorations {
    private static final Color SELECTION = Color.web("#ffffff", 0.18);
    private static final Color SELECTION_EDGE = Color.web("#ffffff", 0.7);

    private TimelineDecorations() {}

    static void drawSelection(GraphicsContext g, TimelineViewModel model, TimeMapping mapping, double top, double bottom) {
        if (!model.hasSelection()) {
            return;
        }
        double from = Math.max(mapping.left(), mapping.x(model.selectionStartProperty().get()));
        double to = Math.min(mapping.left() + mapping.width(), mapping.x(model.selectionEndProperty().get()));
        if (to <= from) {
            return;
        }
        g.setFill(SELECTION);
        g.fillRect(from, top, to - from, bottom - top);
        g.setStroke(SELECTION_EDGE);
        g.strokeLine(from + 0.5, top, from + 0.5, bottom);
        g.strokeLine(to - 0.5, top, to - 0.5, bottom);
    }
}
