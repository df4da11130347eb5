package org.tagbench.ui.browser;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.tagbench.store.LabelRecord;

/** A table cell showing a clip's labels as chips coloured by source; rejected labels are struck through. */
final class LabelChips extends TableCell<ClipRow, List<LabelRecord>> {
    private final HBox chips = new HBox(4);

    @Override
    protected void updateItem(List<LabelRecord> labels, boolean empty) {
        super.updateItem(labels, empty);
        if (empty || labels == null) {
            setGraphic(null);
            return;
        }
        chips.getChildren().clear();
        for (LabelRecord label : labels) {
            Label chip = new Label(label.className());
            chip.getStyleClass().addAll("chip", "chip-" + label.source(), "chip-" + label.state());
            chip.setTooltip(new Tooltip(label.className() + " · " + label.source() + " · " + label.state()));
            chips.getChildren().add(chip);
        }
        setGraphic(chips);
    }
}
