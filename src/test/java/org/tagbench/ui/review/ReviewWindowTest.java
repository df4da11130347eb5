package org.tagbench.ui.review;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.review.QueueEntry;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.HeadlessWindow;
import org.tagbench.ui.UiThreadReads;
import org.tagbench.ui.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reviewing from the keyboard in the real window (headless): decisions reach the database, undo and redo restore the
 * stored state, review mode walks the noisy queue, and every decision is there after the window is closed. The
 * workspace holds a finished run whose stored predictions are written directly, so no model has to be trained.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private static UiThreadReads uiThreadReads;
    private Workbench workbench;

    @BeforeAll
    static void importDevCorpusWithARun() throws Exception {
        uiThreadReads = new UiThreadReads();
        workspaceDir = HeadlessWindow.importDevCorpus(folder);
        HeadlessWindow.addRandomRun(workspaceDir, 5);
    }

    @Start
    void start(Stage stage) {
        workbench = HeadlessWindow.show(stage, folder, workspaceDir);
    }

    @AfterEach
    void close() {
        HeadlessWindow.close(workbench);
        uiThreadReads.assertNone();
    }

    @AfterAll
    static void stopWatchingReads() {
        uiThreadReads.close();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        HeadlessWindow.waitUntil(what, 30, condition);
    }

    private static Optional<LabelState> stateOf(String fname, String className) throws Exception {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            return workspace.store().labelsOf(ClipId.of(fname)).stream().filter(l -> l.className().equals(className))
                    .map(LabelRecord::state).findFirst();
        }
    }

    private String firstPendingNoisyClip() {
        return workbench.model().browser().allRows().stream()
                .filter(row -> row.labels().stream().anyMatch(l -> l.source() == LabelSource.NOISY
                        && l.state() == LabelState.PENDING))
                .findFirst().orElseThrow().fname().fname();
    }

    private void showClip(FxRobot robot, String fname) throws Exception {
        waitUntil("the clips are listed", () -> !workbench.model().browser().allRows().isEmpty());
        robot.interact(() -> workbench.model().browser().selectFname(ClipId.of(fname)));
        TagPanelViewModel tags = workbench.model().tags();
        waitUntil("the tag panel shows " + fname, () -> ClipId.of(fname).equals(tags.clipProperty().get())
                && ClipId.of(fname).equals(tags.suggestionsShownForProperty().get()));
        robot.interact(() -> workbench.view().timeline().requestFocus());
    }

    @Test
    void rejectUndoAndRedoFromTheKeyboardChangeTheDatabase(FxRobot robot) throws Exception {
        String clip = firstPendingNoisyClip();
        showClip(robot, clip);
        assertEquals("Crops drawn by the active run's training sampler (with the strength curve when it is the 7th place's"
                + " strength-adaptive one) (C)",
                robot.lookup("#crops-toggle").queryAs(javafx.scene.control.ToggleButton.class).getTooltip().getText(),
                "tooltips name the keys");
        waitUntil("a label is selected", () -> workbench.model().tags().selectedLabelProperty().get() != null);
        String label = workbench.model().tags().selectedLabelProperty().get();
        int before = workbench.model().tags().history().size();
        assertEquals(Optional.of(LabelState.PENDING), stateOf(clip, label));

        robot.type(KeyCode.R);
        waitUntil("R rejects " + label, () -> stateOf(clip, label).equals(Optional.of(LabelState.REJECTED)));
        waitUntil("the history lists it", () -> workbench.model().tags().history().size() == before + 1);
        waitUntil("the browser row shows it", () -> workbench.model().browser().allRows().stream()
                .filter(row -> row.fname().equals(ClipId.of(clip))).findFirst().orElseThrow()
                .labels().stream().anyMatch(l -> l.className().equals(label) && l.state() == LabelState.REJECTED));

        robot.type(KeyCode.U);
        waitUntil("U restores pending", () -> stateOf(clip, label).equals(Optional.of(LabelState.PENDING)));
        robot.press(KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT);
        waitUntil("Shift+U redoes the rejection", () -> stateOf(clip, label).equals(Optional.of(LabelState.REJECTED)));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Z undoes it again", () -> stateOf(clip, label).equals(Optional.of(LabelState.PENDING)));
    }

    @Test
    void digitKeysTakeASuggestionAndAnUndoAcrossClipsComesBackToIt(FxRobot robot) throws Exception {
        String clip = workbench.model().browser().allRows().stream().filter(row -> row.labels().isEmpty())
                .findFirst().orElseThrow().fname().fname();
        showClip(robot, clip);
        String top = workbench.model().tags().suggestions().get(0).className();

        robot.type(KeyCode.DIGIT1);
        waitUntil("1 adds the top suggestion", () -> stateOf(clip, top).equals(Optional.of(LabelState.ACCEPTED)));
        robot.type(KeyCode.N);
        waitUntil("N moves on", () -> !ClipId.of(clip).equals(workbench.model().tags().clipProperty().get()));
        robot.type(KeyCode.U);
        waitUntil("the undo removes the added label", () -> stateOf(clip, top).isEmpty());
        waitUntil("and shows the clip it concerned", () -> ClipId.of(clip).equals(workbench.model().tags().clipProperty().get()));
    }

    @Test
    void reviewModeWalksTheNoisyQueueAndDecisionsSurviveAReopen(FxRobot robot) throws Exception {
        waitUntil("the clips are listed", () -> !workbench.model().browser().allRows().isEmpty());
        robot.interact(() -> workbench.view().timeline().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        ReviewQueueViewModel review = workbench.model().review();
        waitUntil("the queue is ranked", () -> review.currentProperty().get() != null);
        QueueEntry first = review.currentProperty().get();
        waitUntil("its clip and label are selected", () -> first.fname().equals(workbench.model().tags().clipProperty().get())
                && first.label().equals(workbench.model().tags().selectedLabelProperty().get()));
        int total = review.visible().size();
        assertEquals("0 done / " + total + " remaining", review.progressProperty().get());

        robot.type(KeyCode.A);
        waitUntil("A accepts and the queue advances", () -> review.currentProperty().get() != first);
        assertEquals("1 done / " + (total - 1) + " remaining", review.progressProperty().get());
        Optional<LabelState> expected = Optional.of(LabelState.ACCEPTED);
        waitUntil("the acceptance is stored", () -> stateOf(first.fname().fname(), first.label()).equals(expected));

        QueueEntry second = review.currentProperty().get();
        waitUntil("the next item is shown", () -> second.label().equals(workbench.model().tags().selectedLabelProperty().get())
                && second.fname().equals(workbench.model().tags().clipProperty().get()));
        robot.type(KeyCode.R);
        waitUntil("R judges the second item", () -> review.currentProperty().get() != second);
        waitUntil("both judgements are stored", () -> workbench.model().tags().summaryProperty().get().decisions() == 2);

        WaitForAsyncUtils.asyncFx(workbench::close).get();
        try (Workspace reopened = Workspace.open(workspaceDir)) {
            assertEquals(expected, reopened.store().labelsOf(first.fname()).stream()
                    .filter(l -> l.className().equals(first.label())).map(LabelRecord::state).findFirst());
            assertFalse(reopened.store().history(first.fname()).isEmpty());
        }
        assertTrue(total > 2);
    }

    private ReviewQueueViewModel startReview(FxRobot robot) throws Exception {
        waitUntil("the clips are listed", () -> !workbench.model().browser().allRows().isEmpty());
        robot.interact(() -> workbench.view().timeline().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        ReviewQueueViewModel review = workbench.model().review();
        waitUntil("the queue is ranked", () -> review.currentProperty().get() != null);
        return review;
    }

    private void waitUntilShown(QueueEntry entry) throws Exception {
        TagPanelViewModel tags = workbench.model().tags();
        waitUntil(entry + " is shown", () -> entry.fname().equals(tags.clipProperty().get())
                && entry.label().equals(tags.selectedLabelProperty().get()));
    }

    private static String progress(int done, int total) {
        return done + " done / " + (total - done) + " remaining";
    }

    @Test
    void rejectingAMissingLabelItemStoresThatTheClipLacksItAndTheQueueDropsIt(FxRobot robot) throws Exception {
        ReviewQueueViewModel review = startReview(robot);
        robot.interact(() -> {
            for (int i = 0; i < review.visible().size() && !review.currentProperty().get().reason().startsWith("missing"); i++) {
                review.next();
            }
        });
        QueueEntry missing = review.currentProperty().get();
        assertTrue(missing.reason().startsWith("missing label?"), "the queue has a missing-label item: " + missing);
        assertEquals(Optional.empty(), stateOf(missing.fname().fname(), missing.label()));
        waitUntilShown(missing);
        int total = review.visible().size();

        robot.type(KeyCode.R);
        waitUntil("R moves on", () -> review.currentProperty().get() != missing);
        assertEquals(progress(1, total), review.progressProperty().get());
        waitUntil("the rejection is stored", () -> stateOf(missing.fname().fname(), missing.label())
                .equals(Optional.of(LabelState.REJECTED)));
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            List<QueueEntry> queue = new org.tagbench.app.review.ReviewQueueService(workspace)
                    .noisyQueue(List.of(), org.tagbench.app.review.ReviewQueueService.DEFAULT_SCORE, 20_000);
            assertTrue(queue.stream().noneMatch(e -> e.fname().equals(missing.fname()) && e.label().equals(missing.label())),
                    "review-queue no longer lists " + missing);
        }
    }

    @Test
    void undoInReviewModeGoesBackToTheItemWithItsCounterAndText(FxRobot robot) throws Exception {
        ReviewQueueViewModel review = startReview(robot);
        QueueEntry first = review.currentProperty().get();
        waitUntilShown(first);
        int total = review.visible().size();
        javafx.scene.control.Label reason = robot.lookup("#review-reason").queryAs(javafx.scene.control.Label.class);

        robot.type(KeyCode.A);
        waitUntil("A moves on", () -> review.currentProperty().get() != first);
        QueueEntry second = review.currentProperty().get();
        waitUntilShown(second);
        assertEquals(progress(1, total), review.progressProperty().get());

        robot.type(KeyCode.U);
        waitUntil("U goes back to the item it reopens", () -> first.equals(review.currentProperty().get()));
        waitUntilShown(first);
        assertEquals(progress(0, total), review.progressProperty().get());
        assertTrue(reason.getText().startsWith(first.fname() + " · " + first.label()), reason.getText());
        waitUntil("the acceptance is taken back", () -> !stateOf(first.fname().fname(), first.label())
                .equals(Optional.of(LabelState.ACCEPTED)));

        robot.type(KeyCode.N);
        waitUntil("N goes on to the item after it", () -> second.equals(review.currentProperty().get()));
        assertTrue(reason.getText().startsWith(second.fname() + " · " + second.label()), reason.getText());
    }
}
