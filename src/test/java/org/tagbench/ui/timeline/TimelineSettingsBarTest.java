package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ui.HeadlessWindow;
import org.tagbench.ui.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Near its minimum size the window shows every timeline setting: a tool bar used to move the Hz range (and at
 * 1200 px the dB ceiling) into its >> menu, out of the scene graph, where neither a glance nor Tab reaches it.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineSettingsBarTest {
    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private Workbench workbench;

    @BeforeAll
    static void importDevCorpus() throws Exception {
        workspaceDir = HeadlessWindow.importDevCorpus(folder);
    }

    @Start
    void start(Stage stage) {
        workbench = HeadlessWindow.show(stage, folder, workspaceDir);
    }

    @AfterEach
    void close() {
        HeadlessWindow.close(workbench);
    }

    @Test
    void everySettingOfTheTimelineIsInTheWindowAndInsideTheTimeline() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"preset-choice", "colormap-choice", "floor-db", "ceiling-db", "min-hz", "max-hz",
                "crops-toggle", "tiles-toggle", "tile-step", "fit-button"}) {
            Boolean inside = WaitForAsyncUtils.asyncFx(() -> {
                Node control = workbench.scene().lookup("#" + id);
                assertNotNull(control, id + " is not in the window (hidden in an overflow menu?)");
                Bounds shown = control.localToScene(control.getLayoutBounds());
                Node timeline = workbench.view().timeline();
                Bounds area = timeline.localToScene(timeline.getLayoutBounds());
                return control.isVisible() && shown.getWidth() > 0 && shown.getMinX() >= area.getMinX() - 0.5
                        && shown.getMaxX() <= area.getMaxX() + 0.5;
            }).get();
            assertTrue(inside, id + " is not shown whole inside the timeline");
        }
    }
}
