package org.tagbench.ui.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.tagbench.store.LabelRecord;

/**
 * A table cell showing a clip's labels as chips coloured by source; rejected labels are struck through. Chips and
 * the tooltip are reused across updates: creating nodes and a tooltip (a popup window) per scrolled row made paging
 * through 30,000 clips stall the UI thread.
 */
final class LabelChips extends TableCell<ClipRow, List<LabelRecord>> {
    private final HBox chips = new HBox(4);
    private final List<Label> pool = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();

    LabelChips() {
        setTooltip(tooltip);
    }

    @Override
    protected void updateItem(List<LabelRecord> labels, boolean empty) {
        super.updateItem(labels, empty);
        if (empty || labels == null) {
            setGraphic(null);
            return;
        }
        while (pool.size() < labels.size()) {
            pool.add(new Label());
        }
        for (int i = 0; i < labels.size(); i++) {
            show(pool.get(i), labels.get(i));
        }
        if (!chips.getChildren().equals(pool.subList(0, labels.size()))) {
            chips.getChildren().setAll(pool.subList(0, labels.size()));
        }
        tooltip.setText(labels.stream().map(label -> label.className() + " · " + label.source() + " · " + label.state())
                .collect(Collectors.joining("\n")));
        setGraphic(chips);
    }

    private static void show(Label chip, LabelRecord label) {
        chip.setText(label.className());
        List<String> styles = List.of("label", "chip", "chip-" + label.source(), "chip-" + label.state());
        if (!chip.getStyleClass().equals(styles)) {
            chip.getStyleClass().setAll(styles);
        }
    }
}
