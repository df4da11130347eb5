package org.tagbench.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.store.LabelRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LabelChipsTest {
    private static final LabelRecord BARK = new LabelRecord(1, "a.wav", "Bark", "noisy", LabelRecord.REJECTED);
    private static final LabelRecord MEOW = new LabelRecord(1, "a.wav", "Meow", "curated", LabelRecord.PENDING);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void showsOneChipPerLabelAndReusesThemWhenTheRowChanges(FxRobot robot) {
        LabelChips[] made = new LabelChips[1];
        robot.interact(() -> {
            made[0] = new LabelChips();
            made[0].updateItem(List.of(BARK, MEOW), false);
        });
        HBox chips = (HBox) made[0].getGraphic();
        assertEquals(List.of("Bark", "Meow"), chips.getChildren().stream().map(chip -> ((Label) chip).getText()).toList());
        Label first = (Label) chips.getChildren().get(0);
        robot.interact(() -> made[0].updateItem(List.of(MEOW), false));
        assertEquals(1, chips.getChildren().size());
        assertEquals("Meow", first.getText(), "the first chip is reused for the new row's first label");
    }

    @Test
    void theTooltipDescribesTheLabelsShownWhenItOpens(FxRobot robot) {
        LabelChips[] made = new LabelChips[1];
        robot.interact(() -> {
            made[0] = new LabelChips();
            made[0].updateItem(List.of(BARK), false);
            made[0].updateItem(List.of(BARK, MEOW), false);
            made[0].getTooltip().getOnShowing().handle(new WindowEvent(made[0].getTooltip(), WindowEvent.WINDOW_SHOWING));
        });
        assertEquals("Bark · noisy · rejected\nMeow · curated · pending", made[0].getTooltip().getText());
    }
}
