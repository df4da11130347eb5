package org.tagbench.ui.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.LabelRecord;

/**
 * A row of label chips drawn on one canvas: the fill says where the label came from, a white ring marks an accepted
 * label, a faded and struck-through chip a rejected one; chips that do not fit are counted as "+N", and a first chip
 * too long for the column is shortened with an ellipsis. One node instead of a box of styled labels per table row:
 * when the browser's row count changes, JavaFX re-adds every visible cell to the scene and restyles it from scratch,
 * and the chip labels made up most of those nodes.
 */
public final class ChipStrip extends Canvas {
    static final double HEIGHT = 16;
    private static final double PADDING = 6;
    private static final double GAP = 4;
    private static final double ARC = 16;
    private static final double MIN_TRUNCATED_CHIP = 40;
    private static final double REJECTED_OPACITY = 0.45;
    private static final Font FONT = Font.font(11);
    private static final Color MORE_TEXT = Color.web("#555b66");
    private static final Map<LabelSource, Color> FILLS = Map.of(
            LabelSource.CURATED, Color.web("#2e7d32"),
            LabelSource.NOISY, Color.web("#ef6c00"),
            LabelSource.USER, Color.web("#1565c0"),
            LabelSource.PSEUDO, Color.web("#8e24aa"),
            LabelSource.MODEL, Color.web("#607d8b"));
    private static final Map<String, Double> TEXT_WIDTHS = new HashMap<>();
    private static final Text MEASURE = measuringText();

    private static Text measuringText() {
        Text text = new Text();
        text.setFont(FONT);
        return text;
    }

    private List<LabelRecord> shown = List.of();
    private double maxWidth = Double.MAX_VALUE;

    public ChipStrip() {
        super(0, HEIGHT);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /** Screen readers get the labels as text, described only when asked: rows scroll past far more often. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? describe(shown) : super.queryAccessibleAttribute(attribute, parameters);
    }

    /** One chip, as the tag panel shows a label. */
    public static ChipStrip of(LabelRecord label) {
        ChipStrip strip = new ChipStrip();
        strip.show(List.of(label), Double.MAX_VALUE);
        return strip;
    }

    /** Draws these labels in at most {@code maxWidth} pixels and takes the width they need. */
    public void show(List<LabelRecord> labels, double maxWidth) {
        if (labels.equals(shown) && maxWidth == this.maxWidth) {
            return;
        }
        shown = List.copyOf(labels);
        this.maxWidth = maxWidth;
        double width = Math.min(Math.max(0, maxWidth), naturalWidth(labels));
        setWidth(Math.ceil(width));
        draw(width);
    }

    /** One line per label: class, source, state; what screen readers and the browser's tooltip say. */
    static String describe(List<LabelRecord> labels) {
        return labels.stream().map(label -> label.className() + " · " + label.source().dbName() + " · " + label.state().dbName())
                .collect(Collectors.joining("\n"));
    }

    /** The labels drawn, in order. */
    public List<LabelRecord> labels() {
        return shown;
    }

    private static double naturalWidth(List<LabelRecord> labels) {
        double width = 0;
        for (LabelRecord label : labels) {
            width += chipWidth(label) + (width > 0 ? GAP : 0);
        }
        return width;
    }

    private void draw(double width) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), HEIGHT);
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 0;
        for (int i = 0; i < shown.size(); i++) {
            LabelRecord label = shown.get(i);
            int after = shown.size() - i - 1;
            double room = width - x - (after == 0 ? 0 : GAP + moreWidth(after));
            double chip = chipWidth(label);
            if (chip > room) {
                if (i == 0 && room >= MIN_TRUNCATED_CHIP) {
                    drawChip(g, label, 0, room, fitted(label.className(), room - 2 * PADDING));
                    x = room + GAP;
                    after = shown.size() - 1;
                } else {
                    after = shown.size() - i;
                }
                if (after > 0) {
                    drawMore(g, x, after);
                }
                return;
            }
            drawChip(g, label, x, chip, label.className());
            x += chip + GAP;
        }
    }

    /** The longest start of the text that fits, with an ellipsis: a binary search, as widths grow with length. */
    private static String fitted(String text, double width) {
        int low = 0;
        int high = text.length() - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (measure(text.substring(0, middle) + "…") <= width) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return text.substring(0, low) + "…";
    }

    private static void drawChip(GraphicsContext g, LabelRecord label, double x, double width, String text) {
        boolean rejected = label.state() == LabelState.REJECTED;
        g.setGlobalAlpha(rejected ? REJECTED_OPACITY : 1);
        g.setFill(FILLS.getOrDefault(label.source(), Color.GRAY));
        g.fillRoundRect(x, 0, width, HEIGHT, ARC, ARC);
        if (label.state() == LabelState.ACCEPTED) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeRoundRect(x + 0.5, 0.5, width - 1, HEIGHT - 1, ARC, ARC);
        }
        g.setFill(Color.WHITE);
        g.fillText(text, x + PADDING, HEIGHT / 2);
        if (rejected) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1);
            g.strokeLine(x + PADDING, Math.round(HEIGHT / 2) + 0.5, x + width - PADDING, Math.round(HEIGHT / 2) + 0.5);
        }
        g.setGlobalAlpha(1);
    }

    private static void drawMore(GraphicsContext g, double x, int hidden) {
        g.setFill(MORE_TEXT);
        g.fillText("+" + hidden, x, HEIGHT / 2);
    }

    private static double moreWidth(int hidden) {
        return hidden == 0 ? 0 : textWidth("+" + hidden);
    }

    private static double chipWidth(LabelRecord label) {
        return Math.ceil(textWidth(label.className())) + 2 * PADDING;
    }

    /** Measured once per text: a class vocabulary has tens to hundreds of names. FX thread only. */
    private static double textWidth(String text) {
        return TEXT_WIDTHS.computeIfAbsent(text, ChipStrip::measure);
    }

    private static double measure(String text) {
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }
}
