package org.tagbench.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.export.EvaluationService;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.export.Evaluation;
import org.tagbench.testsupport.Slow;
import org.tagbench.testsupport.TestData;
import org.tagbench.ui.Workbench;
import org.tagbench.ui.settings.SettingsStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6's export test, headless: a tiny run trained on the dev corpus, then File > Export (Ctrl+E) writes the test
 * split's 2019 submission from fresh predictions, and the file scores in {@code tagbench eval} as the dialog showed.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class ExportDialogTest {
    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private Workbench workbench;

    /** The smallest training that yields models: the CPU default preset, 2 folds, 1 epoch, curated clips only. */
    @BeforeAll
    static void importAndTrainATinyRun() throws Exception {
        workspaceDir = folder.resolve("workspace");
        try (Workspace workspace = Workspace.create(workspaceDir)) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
            TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 7L, 2, Map.of());
            new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { });
        }
    }

    @Start
    void start(Stage stage) {
        workbench = new Workbench(new SettingsStore(folder.resolve("settings.json")), rate -> {
            throw new PlaybackUnavailableException("no audio output device (test)", null);
        }, 1200, 740);
        stage.setScene(workbench.scene());
        stage.show();
        workbench.model().openWorkspace(workspaceDir, null);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(workbench::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(String what, long seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void exportedSubmissionScoresInEvalAsTheDialogShowed(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", 30, () -> workbench.model().workspaceProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil("the export dialog is shown", 10, () -> robot.lookup("#export-dialog").tryQuery().isPresent());

        Path out = folder.resolve("submission.csv");
        Path truth = TestData.devCorpus().resolve("test_labels.csv");
        robot.interact(() -> {
            assertEquals(ExportTarget.SUBMISSION_2019, robot.lookup("#export-target").queryAs(ChoiceBox.class).getValue());
            assertEquals("test", robot.lookup("#export-split").queryAs(ChoiceBox.class).getValue());
            robot.lookup("#export-out").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#export-truth").queryAs(TextField.class).setText(truth.toString());
        });
        robot.clickOn("#export-run");
        waitUntil("the export is written and scored", 300,
                () -> !text(robot, "#export-scores").isEmpty() || !text(robot, "#export-problem").isEmpty());

        assertEquals("", text(robot, "#export-problem"));
        assertEquals("Wrote 34 clips to " + out, text(robot, "#export-status"));
        Evaluation evaluated = EvaluationService.evaluate(truth, out);
        assertEquals(34, evaluated.clips());
        assertEquals(ExportViewModel.describe(evaluated), text(robot, "#export-scores"));
        assertTrue(evaluated.lwlrap() > 0 && evaluated.lwlrap() <= 1, "lwlrap " + evaluated.lwlrap());
    }
}
