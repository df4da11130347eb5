package org.tagbench.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SkinBase;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.ui.jobs.JobRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The filter controls count their choices once the clips arrive, as they do when a workspace opens in the window. */
@ExtendWith(ApplicationExtension.class)
class FilterCountsTest {
    private final JobRunner jobs = new JobRunner(Runnable::run, 1);
    private final ClipBrowserViewModel model = new ClipBrowserViewModel(jobs, Runnable::run, Platform::runLater);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ClipBrowserView(model), 900, 400)); // shown empty, as before a workspace opens
        stage.show();
    }

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void choicesArrivingAfterTheControlsAreShownAreCounted(FxRobot robot) {
        assertEquals("Split (0/0)", title(robot, "#split-filter"));
        robot.interact(() -> model.setRows(List.of(
                ClipBrowserViewModelTest.row(0, "a.wav", "train_curated", 1,
                        ClipBrowserViewModelTest.label(0, "a.wav", "Bark", LabelSource.CURATED, LabelState.PENDING)),
                ClipBrowserViewModelTest.row(1, "b.wav", "train_noisy", 1,
                        ClipBrowserViewModelTest.label(1, "b.wav", "Meow", LabelSource.NOISY, LabelState.PENDING)),
                ClipBrowserViewModelTest.row(2, "c.wav", "test", 1))));
        assertEquals("Split (0/3)", title(robot, "#split-filter"));
        assertEquals("Class (0/2)", title(robot, "#class-filter"));
    }

    /** The text the control shows: its skin's combo box's button cell. */
    private static String title(FxRobot robot, String filter) {
        CheckComboBox<?> combo = robot.lookup(filter).queryAs(CheckComboBox.class);
        ComboBox<?> shown = (ComboBox<?>) ((SkinBase<?>) combo.getSkin()).getChildren().get(0);
        return shown.getButtonCell().getText();
    }
}
