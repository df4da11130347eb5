package org.tagbench.ui.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.LabelSources;

/**
 * A table cell showing a clip's labels as chips coloured by source; rejected labels are struck through. Chips and
 * the tooltip are reused across updates: creating nodes and a tooltip (a popup window) per scrolled row made paging
 * through 30,000 clips stall the UI thread. The tooltip's text is built when it opens, not for every row scrolled past.
 */
public final class LabelChips extends TableCell<ClipRow, List<LabelRecord>> {
    private static final List<String> STATES = List.of(LabelRecord.PENDING, LabelRecord.ACCEPTED, LabelRecord.REJECTED);

    private final HBox chips = new HBox(4);
    private final List<Label> pool = new ArrayList<>();
    private final Tooltip tooltip = new Tooltip();

    LabelChips() {
        setTooltip(tooltip);
        tooltip.setOnShowing(event -> tooltip.setText(describe(getItem())));
    }

    @Override
    protected void updateItem(List<LabelRecord> labels, boolean empty) {
        super.updateItem(labels, empty);
        if (empty || labels == null) {
            setGraphic(null);
            return;
        }
        while (pool.size() < labels.size()) {
            pool.add(newChip());
        }
        for (int i = 0; i < labels.size(); i++) {
            show(pool.get(i), labels.get(i));
        }
        if (!chips.getChildren().equals(pool.subList(0, labels.size()))) {
            chips.getChildren().setAll(pool.subList(0, labels.size()));
        }
        setGraphic(chips);
    }

    private static String describe(List<LabelRecord> labels) {
        return labels == null ? "" : labels.stream()
                .map(label -> label.className() + " · " + label.source() + " · " + label.state())
                .collect(Collectors.joining("\n"));
    }

    private static Label newChip() {
        Label chip = new Label();
        chip.getStyleClass().add("chip");
        return chip;
    }

    /** A chip of one label, styled as in the browser. */
    public static Label chipOf(LabelRecord label) {
        Label chip = newChip();
        show(chip, label);
        return chip;
    }

    /** Source and state are pseudo-classes: changing one only switches styles, a style class re-matches every rule. */
    private static void show(Label chip, LabelRecord label) {
        chip.setText(label.className());
        for (String source : LabelSources.ALL) {
            chip.pseudoClassStateChanged(PseudoClass.getPseudoClass(source), source.equals(label.source()));
        }
        for (String state : STATES) {
            chip.pseudoClassStateChanged(PseudoClass.getPseudoClass(state), state.equals(label.state()));
        }
    }
}
