package org.tagbench.ui.browser;

import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.tagbench.store.LabelRecord;

/**
 * A table cell showing a clip's labels as chips coloured by source ({@link ChipStrip}); rejected labels are struck
 * through. The strip and the tooltip are reused across updates, since creating nodes and a tooltip (a popup window)
 * per scrolled row made paging through 30,000 clips stall the UI thread; the tooltip's text is built when it opens,
 * not for every row scrolled past.
 */
public final class LabelChips extends TableCell<ClipRow, List<LabelRecord>> {
    private final ChipStrip strip = new ChipStrip();
    private final Tooltip tooltip = new Tooltip();

    LabelChips() {
        setTooltip(tooltip);
        tooltip.setOnShowing(event -> tooltip.setText(ChipStrip.describe(strip.labels())));
        widthProperty().addListener((observable, before, after) -> redraw());
    }

    @Override
    protected void updateItem(List<LabelRecord> labels, boolean empty) {
        super.updateItem(labels, empty);
        redraw();
        setGraphic(empty || labels == null ? null : strip);
    }

    private void redraw() {
        List<LabelRecord> labels = isEmpty() || getItem() == null ? List.of() : getItem();
        strip.show(labels, Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()));
    }
}
