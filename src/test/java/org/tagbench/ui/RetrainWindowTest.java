package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.pipeline.RetrainOptions;
import org.tagbench.app.pipeline.RetrainRequest;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.ModelCatalog;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;
import org.tagbench.testsupport.Slow;
import org.tagbench.ui.retrain.RetrainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The retrain loop in the real window, headless (Monocle): Ctrl+T opens the retrain pane, the smallest CPU preset
 * trains 2 folds of 1 epoch from the Start button, the charts get a point per fold, the new run is stored, shows up
 * in the runs view with its lwlrap per class, the tag panel's suggestions refresh from it, and "Make active" makes
 * it the active ensemble.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class RetrainWindowTest {
    private static final long TRAINING_TIMEOUT_S = 240;

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

    private static void waitUntil(String what, long seconds, Callable<Boolean> condition) throws Exception {
        HeadlessWindow.waitUntil(what, seconds, condition);
    }

    private static String smallestCpuPreset(List<String> offered) {
        return ModelCatalog.entries().stream().filter(entry -> RetrainOptions.isCpuPreset(entry.name()))
                .filter(entry -> offered.contains(entry.name()))
                .min(Comparator.comparingLong(ModelCatalog.Entry::parameters)).orElseThrow().name();
    }

    @SuppressWarnings("unchecked")
    @Test
    void retrainFromTheButtonChartsEpochsStoresTheRunAndMakesItActive(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", 30, () -> workbench.model().workspaceProperty().get() != null);
        WorkspaceStore store = workbench.model().workspaceProperty().get().store();
        RetrainViewModel retrain = workbench.model().retrain();
        var tags = workbench.model().tags();
        waitUntil("the tag panel says there is no model yet", 30, () -> tags.suggestionsShownForProperty().get() != null
                && tags.suggestions().isEmpty() && tags.suggestionStatusProperty().get().startsWith("no trained run"));

        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        waitUntil("the retrain pane knows its presets", 60, () -> retrain.readyProperty().get());
        assertTrue(robot.lookup("#retrain-start").query().isVisible(), "Ctrl+T shows the retrain pane");
        String preset = smallestCpuPreset(List.copyOf(retrain.presets()));
        robot.interact(() -> {
            robot.lookup("#retrain-pipeline").queryAs(ChoiceBox.class).setValue("train");
            robot.lookup("#retrain-preset").queryAs(ChoiceBox.class).setValue(preset);
            robot.lookup("#retrain-folds").queryAs(Spinner.class).getValueFactory().setValue(2);
            robot.lookup("#retrain-epochs").queryAs(Spinner.class).getValueFactory().setValue(1);
        });
        assertEquals(new RetrainRequest("train", preset, 2, 1), retrain.request());

        long started = System.nanoTime();
        robot.clickOn("#retrain-start");
        waitUntil("the retrain finishes", TRAINING_TIMEOUT_S, () -> {
            if (!retrain.problemProperty().get().isEmpty()) {
                throw new AssertionError(retrain.problemProperty().get());
            }
            return !retrain.runningProperty().get() && retrain.resultProperty().get() != null;
        });
        System.out.printf("retrain %s, 2 folds x 1 epoch, from the button: %.1f s%n", preset,
                (System.nanoTime() - started) / 1e9);

        assertEquals(2, retrain.points().size(), "one point per fold and epoch");
        waitUntil("the suggestions refresh with the new run", 30, () -> !tags.suggestions().isEmpty()
                && tags.suggestionStatusProperty().get().contains("run"));
        assertEquals(2, WaitForAsyncUtils.asyncFx(() -> workbench.view().retrain().chartedLossPoints()).get());
        long runId = retrain.resultProperty().get().runId();
        RunRecord run = store.run(runId).orElseThrow();
        assertEquals(RunRecord.FINISHED, run.status());
        assertEquals(preset, run.preset());
        assertEquals(2, store.epochs(runId).size());
        assertTrue(retrain.resultProperty().get().run().overall() > 0);

        waitUntil("the runs view lists the new run", 30, () -> workbench.model().runs().runs().stream()
                .anyMatch(summary -> summary.run().id() == runId));
        robot.interact(() -> workbench.view().showRuns());
        waitUntil("the runs view scores the new run per class", 30, () -> {
            RunsService.Scores scores = workbench.model().runs().selectedScoresProperty().get();
            return scores != null && scores.perClass().size() == store.classes().size();
        });

        assertTrue(store.activeRuns().isEmpty());
        robot.interact(() -> workbench.view().showRetrain());
        robot.clickOn("#retrain-make-active");
        waitUntil("the new run is the active ensemble", 30, () ->
                workbench.model().activeEnsemble().runIdsProperty().get().equals(List.of(runId)));
        assertEquals(List.of(runId), store.activeRuns().stream().map(RunRecord::id).toList());
        waitUntil("the runs view shows it active", 30, () -> workbench.model().runs().runs().stream()
                .anyMatch(summary -> summary.run().id() == runId && summary.run().active()));
    }
}
