package org.tagbench.ui.keys;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The keyboard cheat sheet as two columns, keys and what they do, whose descriptions wrap: a monospace text area
 * padded with spaces needed sideways scrolling at the window's default size. Only the list scrolls, and only down.
 */
public final class CheatSheet {
    /** One action of the sheet: its current keys as a person types them, and what it does. */
    public record Row(String keys, String description) {}

    private CheatSheet() {}

    public static List<Row> rows(KeyBindings bindings) {
        return java.util.Arrays.stream(KeyAction.values())
                .map(action -> new Row(bindings.displayText(action), action.description()))
                .toList();
    }

    /** The sheet for a dialog {@code width} pixels wide. */
    public static ScrollPane view(KeyBindings bindings, double width) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints description = new ColumnConstraints();
        description.setHgrow(Priority.ALWAYS);
        description.setFillWidth(true);
        grid.getColumnConstraints().setAll(keys, description);
        List<Row> rows = rows(bindings);
        for (int i = 0; i < rows.size(); i++) {
            Label key = new Label(rows.get(i).keys());
            key.setStyle("-fx-font-weight: bold");
            Label what = new Label(rows.get(i).description());
            what.setWrapText(true);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, key, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefSize(width, 460);
        return scroll;
    }
}
