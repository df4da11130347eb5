package org.tagbench.ui.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.ui.jobs.JobRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the browser's share of the smallest window, the short columns keep their longest usual values whole. */
@ExtendWith(ApplicationExtension.class)
class ClipBrowserColumnsTest {
    /** The browser's width in the 1200-pixel minimum window (its default share, 0.36). */
    private static final double BROWSER_WIDTH = 432;
    private static final double CELL_PADDING = 8;

    private final JobRunner jobs = new JobRunner(Runnable::run, 1);
    private ClipBrowserView view;

    @Start
    void start(Stage stage) {
        view = new ClipBrowserView(new ClipBrowserViewModel(jobs, Runnable::run, Platform::runLater));
        stage.setScene(new Scene(view, BROWSER_WIDTH, 500));
        stage.show();
    }

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void fileSplitLengthAndReviewAreNotCut() {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> longest = Map.of("File", "0b0407ba.wav", "Split", "train_curated", "Length", "30.00 s",
                "Review", ClipRow.UNLABELLED);
        for (TableColumn<ClipRow, ?> column : view.table().getColumns()) {
            String value = longest.get(column.getText());
            if (value != null) {
                double needed = Math.max(textWidth(value), textWidth(column.getText())) + CELL_PADDING;
                assertTrue(column.getWidth() >= needed,
                        column.getText() + " is " + column.getWidth() + " px, needs " + needed + " for " + value);
            }
        }
    }

    private static double textWidth(String text) {
        return new Text(text).getLayoutBounds().getWidth();
    }
}
