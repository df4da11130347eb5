package org.tagbench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cheat sheet fits its dialog's width: every action's keys and description shown whole, nothing to scroll sideways. */
@ExtendWith(ApplicationExtension.class)
class CheatSheetTest {
    private ScrollPane sheet;

    @Start
    void start(Stage stage) {
        sheet = CheatSheet.view(KeyBindings.defaults(), 620);
        stage.setScene(new Scene(sheet, 620, 460));
        stage.show();
    }

    @Test
    void everyActionIsListedWithItsCurrentKeys() {
        List<CheatSheet.Row> rows = CheatSheet.rows(KeyBindings.defaults());
        assertEquals(KeyAction.values().length, rows.size());
        assertTrue(rows.stream().allMatch(row -> !row.keys().isBlank() && !row.description().isBlank()), rows.toString());
    }

    @Test
    void theSheetFitsTheDialogWidthWithEveryLabelWhole(FxRobot robot) {
        javafx.scene.Node content = sheet.getContent();
        assertTrue(content.getLayoutBounds().getWidth() <= sheet.getViewportBounds().getWidth() + 0.5,
                "content " + content.getLayoutBounds().getWidth() + " px in a viewport of "
                        + sheet.getViewportBounds().getWidth() + " px");
        for (Label label : robot.lookup(".label").queryAllAs(Label.class)) {
            Text shown = (Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), "shown whole, not cut with an ellipsis");
        }
    }
}
