package org.tagbench.ui.timeline;

import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The waveform, drawn column by column from the min/max summary, with the loop selection. */
public final class WaveformPane extends CanvasRegion {
    static final Color BACKGROUND = Color.web("#1b1e24");
    private static final Color WAVE = Color.web("#7fc6ff");
    private static final Color AXIS = Color.web("#3a3f4b");

    private final TimelineViewModel model;
    private final double leftMargin;
    private final double rightMargin;

    public WaveformPane(TimelineViewModel model, double leftMargin, double rightMargin) {
        super("waveform-canvas", 60);
        this.model = model;
        this.leftMargin = leftMargin;
        this.rightMargin = rightMargin;
    }

    @Override
    double cursorHeight() {
        return canvas().getHeight();
    }

    @Override
    public TimeMapping mapping() {
        return new TimeMapping(model.viewStartProperty().get(), model.viewDurationProperty().get(), leftMargin,
                Math.max(1, getWidth() - leftMargin - rightMargin));
    }

    @Override
    Optional<HoverReadout> readoutAt(double x, double y) {
        ClipMedia media = model.mediaProperty().get();
        return media == null ? Optional.empty() : HoverReadout.waveform(x, mapping(), media.waveform());
    }

    public void redraw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        double width = canvas().getWidth();
        double height = canvas().getHeight();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        ClipMedia media = model.mediaProperty().get();
        if (media == null || width <= leftMargin + rightMargin) {
            return;
        }
        TimeMapping mapping = mapping();
        double middle = height / 2;
        g.setStroke(AXIS);
        g.strokeLine(leftMargin, middle + 0.5, width - rightMargin, middle + 0.5);
        drawColumns(g, media.waveform(), mapping, middle, height / 2 - 2);
        TimelineDecorations.drawSelection(g, model, mapping, 0, height);
    }

    private static void drawColumns(GraphicsContext g, WaveformSummary summary, TimeMapping mapping, double middle,
                                    double halfHeight) {
        int columns = (int) Math.max(1, Math.round(mapping.width()));
        float[][] extremes = summary.columns(mapping.viewStart(), mapping.viewEnd(), columns);
        g.setFill(WAVE);
        for (int column = 0; column < columns; column++) {
            float low = extremes[0][column];
            float high = extremes[1][column];
            if (Float.isNaN(low)) {
                continue;
            }
            double top = middle - Math.min(1, high) * halfHeight;
            double bottom = middle - Math.max(-1, low) * halfHeight;
            g.fillRect(mapping.left() + column, top, 1, Math.max(1, bottom - top));
        }
    }
}
