package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.NewClip;

/** Undo and redo across clips restore the stored label states, and the summary counts what really changed. */
class ReviewSessionTest {
    @TempDir
    Path dir;

    private Workspace workspace() throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("ws"));
        workspace.store().saveDataset(dir.toString(), "FSD2019", "v", List.of("Bark", "Meow", "Run"));
        workspace.store().importClips(List.of(
                new NewClip(ClipId.of("a.wav"), "train_noisy", "a.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Bark"), LabelSource.NOISY),
                new NewClip(ClipId.of("b.wav"), "train_noisy", "b.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Meow"), LabelSource.NOISY)));
        return workspace;
    }

    private static Map<String, String> states(Workspace workspace, String fname) {
        return workspace.store().labelsOf(ClipId.of(fname)).stream()
                .collect(Collectors.toMap(LabelRecord::className, label -> label.source().dbName() + ":" + label.state().dbName()));
    }

    @Test
    void undoAndRedoWalkBackAndForthAcrossClips() throws Exception {
        try (Workspace workspace = workspace()) {
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "ann");
            session.decide(ClipId.of("a.wav"), "Bark", Decision.Action.REJECT);
            session.decide(ClipId.of("b.wav"), "Run", Decision.Action.ADD);
            assertEquals(Map.of("Meow", "noisy:pending", "Run", "user:accepted"), states(workspace, "b.wav"));

            assertEquals("b.wav", session.undo().orElseThrow().fname().fname());
            assertEquals(Map.of("Meow", "noisy:pending"), states(workspace, "b.wav"));
            assertEquals("a.wav", session.undo().orElseThrow().fname().fname());
            assertEquals(Map.of("Bark", "noisy:pending"), states(workspace, "a.wav"));
            assertFalse(session.canUndo());

            assertEquals("a.wav", session.redo().orElseThrow().fname().fname());
            assertEquals(Map.of("Bark", "noisy:rejected"), states(workspace, "a.wav"));
            assertEquals("b.wav", session.redo().orElseThrow().fname().fname());
            assertEquals(Map.of("Meow", "noisy:pending", "Run", "user:accepted"), states(workspace, "b.wav"));
            assertFalse(session.canRedo());
            assertTrue(session.canUndo());
            // Every step, undos included, is kept in the history.
            assertEquals(3, workspace.store().history(ClipId.of("b.wav")).size());
        }
    }

    @Test
    void aNewDecisionClearsTheRedoStack() throws Exception {
        try (Workspace workspace = workspace()) {
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "ann");
            session.decide(ClipId.of("a.wav"), "Bark", Decision.Action.REJECT);
            session.undo();
            session.decide(ClipId.of("a.wav"), "Bark", Decision.Action.ACCEPT);
            assertFalse(session.canRedo());
            assertEquals(Map.of("Bark", "noisy:accepted"), states(workspace, "a.wav"));
        }
    }

    @Test
    void summaryCountsFlippedLabelsNotMereConfirmations() throws Exception {
        try (Workspace workspace = workspace()) {
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "ann");
            session.decide(ClipId.of("a.wav"), "Bark", Decision.Action.ACCEPT);
            session.decide(ClipId.of("b.wav"), "Meow", Decision.Action.REJECT);
            session.decide(ClipId.of("b.wav"), "Bark", Decision.Action.ADD);
            assertEquals(new ReviewSession.Summary(3, 0, 2), session.summary());
            session.undo();
            assertEquals(new ReviewSession.Summary(3, 1, 1), session.summary());
        }
    }

    @Test
    void acceptingAMissingClassAddsItAndRejectingOneStoresThatTheClipLacksIt() throws Exception {
        try (Workspace workspace = workspace()) {
            ReviewSession session = new ReviewSession(new DecisionService(workspace), "ann");
            assertEquals(Decision.Action.ADD, session.accept(ClipId.of("a.wav"), "Run").action());
            assertEquals(Decision.Action.ACCEPT, session.accept(ClipId.of("a.wav"), "Bark").action());
            session.reject(ClipId.of("a.wav"), "Meow");
            assertEquals(Map.of("Bark", "noisy:accepted", "Run", "user:accepted", "Meow", "user:rejected"),
                    states(workspace, "a.wav"));
            session.undo();
            assertEquals(Map.of("Bark", "noisy:accepted", "Run", "user:accepted"), states(workspace, "a.wav"),
                    "undoing the rejection removes the label it created");
        }
    }
}
