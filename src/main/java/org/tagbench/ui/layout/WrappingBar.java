package org.tagbench.ui.layout;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A bar of controls that wraps to another line when the window is narrow, styled as a tool bar. A tool bar moves
 * what does not fit behind its >> menu instead, out of reach of a glance and of the keyboard.
 */
public final class WrappingBar {
    private WrappingBar() {}

    /** A bar of these groups (or single controls), each kept whole on one line. */
    public static FlowPane wrappingBar(Node... groups) {
        FlowPane bar = new FlowPane(12, 4, groups);
        bar.getStyleClass().add("tool-bar");
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.setPrefWrapLength(0);
        return bar;
    }

    /** Controls that belong together (a label and its field): they wrap as a unit. */
    public static HBox group(Node... controls) {
        HBox group = new HBox(4, controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }
}
