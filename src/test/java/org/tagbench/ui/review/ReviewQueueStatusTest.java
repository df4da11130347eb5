package org.tagbench.ui.review;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.review.QueueEntry;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.testsupport.TestData;

/**
 * What the review bar says when there is no queue follows the workspace: runs appearing, review left, labels decided;
 * a reloaded queue keeps the reviewer where they were.
 */
class ReviewQueueStatusTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private final ReviewQueueViewModel review = new ReviewQueueViewModel(Runnable::run, Runnable::run);

    @BeforeEach
    void devCorpusWithoutRuns() throws Exception {
        workspace = Workspace.create(dir.resolve("ws"));
        ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
        review.setWorkspace(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** A finished run that predicted every labelled clip, the unlabelled ones too if asked: labels 0.8, others 0.1. */
    private void finishedRun(boolean unlabelledToo) {
        List<String> classes = workspace.store().classes();
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        for (ClipRecord clip : workspace.store().clips(null)) {
            if (!unlabelledToo && workspace.store().labelsOf(clip.fname()).isEmpty()) {
                continue;
            }
            float[] row = new float[classes.size()];
            java.util.Arrays.fill(row, 0.1f);
            workspace.store().labelsOf(clip.fname()).forEach(label -> row[classes.indexOf(label.className())] = 0.8f);
            scores.put(clip.fname(), row);
        }
        long id = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
        workspace.store().savePredictions(id, scores, true);
        workspace.store().finishRun(id, 0.5, null);
    }

    @Test
    void noRunsSaysSoUntilReviewIsLeftOrARunAppears() {
        review.start();
        assertTrue(review.statusProperty().get().startsWith("no queue: no runs to take predictions from"),
                review.statusProperty().get());
        review.stop();
        assertEquals("", review.statusProperty().get(), "left review: the bar no longer says there is no queue");

        review.start();
        finishedRun(true);
        review.reload(); // what a finished retrain does
        assertFalse(review.visible().isEmpty());
        assertEquals("", review.statusProperty().get());
    }

    /** A run whose scores for the clips' labels are seeded-random, so each run ranks the same noisy labels differently. */
    private void finishedRunWithRandomScores(long seed) {
        List<String> classes = workspace.store().classes();
        java.util.Random random = new java.util.Random(seed);
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        for (ClipRecord clip : workspace.store().clips(null)) {
            float[] row = new float[classes.size()];
            java.util.Arrays.fill(row, 0.05f); // no missing label to suggest: the queue is the same labels each time
            workspace.store().labelsOf(clip.fname()).forEach(label -> row[classes.indexOf(label.className())]
                    = random.nextFloat());
            scores.put(clip.fname(), row);
        }
        long id = workspace.store().startRun("train", "cpu-default", "{}", "cpu()", "test");
        workspace.store().savePredictions(id, scores, true);
        workspace.store().finishRun(id, 0.5, null);
    }

    @Test
    void reloadingTheQueueStaysOnTheItemTheReviewerHadReached() {
        finishedRunWithRandomScores(1);
        review.start();
        review.next();
        review.next();
        QueueEntry reached = review.currentProperty().get();
        assertEquals(review.visible().get(2), reached);

        finishedRunWithRandomScores(2);
        review.reload(); // what a finished retrain does: the new run ranks the queue anew
        QueueEntry first = review.visible().get(0);
        assertFalse(first.fname().equals(reached.fname()) && first.label().equals(reached.label()),
                "the new ranking puts another item first (else this test proves nothing)");
        QueueEntry now = review.currentProperty().get();
        assertEquals(List.of(reached.fname(), reached.label()), List.of(now.fname(), now.label()),
                "still on the item reached before the reload");
    }

    @Test
    void anEmptyQueueSaysWhyInsteadOfRankingForever() {
        finishedRun(false);
        for (LabelRecord label : workspace.store().labels(null)) {
            if (label.source() == LabelSource.NOISY && label.state() == LabelState.PENDING) {
                workspace.store().decide(label.fname(), label.className(), Decision.Action.ACCEPT, "test");
            }
        }
        review.start();
        assertTrue(review.visible().isEmpty());
        assertEquals("queue empty: every noisy label is decided and run 1 has no missing label to suggest",
                review.statusProperty().get());

        review.kindProperty().set(ReviewQueueViewModel.Kind.UNCERTAIN);
        assertTrue(review.visible().isEmpty(), "the run predicted no unlabelled clip");
        assertEquals("queue empty: run 1 has no predictions for the 34 unlabelled clips",
                review.statusProperty().get());
    }
}
