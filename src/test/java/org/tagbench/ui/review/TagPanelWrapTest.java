package org.tagbench.ui.review;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.store.Decision;
import org.tagbench.ui.keys.KeyBindings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** At the tag panel's minimum width, history lines and the sitting's summary wrap instead of being cut. */
@ExtendWith(ApplicationExtension.class)
class TagPanelWrapTest {
    private TagPanelViewModel model;

    @Start
    void start(Stage stage) {
        model = new TagPanelViewModel(Runnable::run, Runnable::run, Runnable::run, "tester");
        stage.setScene(new Scene(new TagPanelView(model, KeyBindings::defaults), 290, 600));
        stage.show();
    }

    @Test
    void historyLinesAndTheSummaryAreShownWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.history().add(new Decision(1,ClipId.of( "0b0407ba.wav"),
                "Male_speech_and_man_speaking", Decision.Action.REJECT, "pending", "noisy", "rejected", "tester",
                Instant.parse("2026-12-07T15:00:00Z")))).get();
        WaitForAsyncUtils.waitForFxEvents();
        Labeled cell = robot.lookup("#decision-history .list-cell").nth(0).queryAs(Labeled.class);
        assertFalse(cell.getText() == null || cell.getText().isEmpty());
        Labeled summary = robot.lookup("#sitting-summary").queryAs(Labeled.class);
        WaitForAsyncUtils.asyncFx(() -> {
            // a line that does not wrap is either cut with an ellipsis or, in a list, runs past its right edge
            assertWhole(cell, robot.lookup("#decision-history").queryAs(Node.class));
            assertWhole(summary, summary.getParent());
            return null;
        }).get();
    }

    private static void assertWhole(Labeled labeled, Node within) {
        Text shown = (Text) labeled.lookup(".text");
        assertEquals(labeled.getText(), shown.getText(), "shown whole, not cut with an ellipsis");
        Bounds text = shown.localToScene(shown.getLayoutBounds());
        Bounds area = within.localToScene(within.getLayoutBounds());
        assertTrue(text.getMinX() >= area.getMinX() - 0.5 && text.getMaxX() <= area.getMaxX() + 0.5,
                "the text " + text + " lies inside " + area + ", not past its edge");
    }
}
