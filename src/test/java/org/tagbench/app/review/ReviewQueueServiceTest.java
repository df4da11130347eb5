package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;

/** The queue's ranking and bookkeeping, with predictions written directly so no model is needed. */
class ReviewQueueServiceTest {
    @TempDir
    Path dir;

    private static NewClip noisy(String fname, String... labels) {
        return new NewClip(ClipId.of(fname), "train_noisy", fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(labels), LabelSource.NOISY);
    }

    private Workspace workspaceWithPredictions() throws Exception {
        Workspace workspace = Workspace.create(dir.resolve("ws"));
        workspace.store().saveDataset(dir.toString(), "FSD2019", "v", List.of("Bark", "Meow", "Run"));
        workspace.store().importClips(List.of(noisy("a.wav", "Bark"), noisy("b.wav", "Meow"), noisy("c.wav", "Bark", "Run"),
                new NewClip(ClipId.of("t.wav"), "test", "t.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of(), null),
                new NewClip(ClipId.of("u.wav"), "test", "u.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of(), null)));
        long run = workspace.store().startRun("train", "p", "{}", "cpu", null);
        workspace.store().savePredictions(run, Map.of(
                ClipId.of("a.wav"), new float[] {0.9f, 0.1f, 0.1f},
                ClipId.of("b.wav"), new float[] {0.8f, 0.1f, 0.2f},
                ClipId.of("c.wav"), new float[] {0.7f, 0.05f, 0.6f},
                ClipId.of("t.wav"), new float[] {0.5f, 0.5f, 0.5f},
                ClipId.of("u.wav"), new float[] {0.99f, 0.01f, 0.01f}), true);
        workspace.store().finishRun(run, 0.5, null);
        return workspace;
    }

    @Test
    void mostSuspectLabelsComeFirstAndConfidentMissingLabelsAreSuggested() throws Exception {
        try (Workspace workspace = workspaceWithPredictions()) {
            List<QueueEntry> queue = new ReviewQueueService(workspace).noisyQueue(List.of(), LabelScore.RANK_PRECISION, 100);
            // b.wav was labelled Meow but sounds like Bark: both its wrong label and its missing one lead the queue.
            assertEquals(List.of("b.wav Bark", "b.wav Meow"),
                    queue.subList(0, 2).stream().map(e -> e.fname() + " " + e.label()).toList());
            assertTrue(queue.stream().anyMatch(e -> e.fname().equals(ClipId.of("b.wav")) && e.label().equals("Bark")
                    && e.reason().startsWith("missing")), queue.toString());
            assertEquals(1.0, queue.stream().filter(e -> e.fname().equals(ClipId.of("a.wav"))).findFirst().orElseThrow().score(), 1e-9);
        }
    }

    @Test
    void decidedLabelsLeaveTheQueue() throws Exception {
        try (Workspace workspace = workspaceWithPredictions()) {
            new DecisionService(workspace).decide(ClipId.of("b.wav"), "Meow", Decision.Action.REJECT, "ann");
            new DecisionService(workspace).decide(ClipId.of("b.wav"), "Bark", Decision.Action.ADD, "ann");
            List<QueueEntry> queue = new ReviewQueueService(workspace).noisyQueue(List.of(), LabelScore.SELF_CONFIDENCE, 100);
            assertFalse(queue.stream().anyMatch(e -> e.fname().equals(ClipId.of("b.wav"))), queue.toString());
        }
    }

    @Test
    void uncertaintyQueueListsUnlabelledClipsMostUncertainFirst() throws Exception {
        try (Workspace workspace = workspaceWithPredictions()) {
            List<QueueEntry> queue = new ReviewQueueService(workspace).uncertaintyQueue(List.of(), 10);
            assertEquals(List.of("t.wav", "u.wav"), queue.stream().map(entry -> entry.fname().fname()).toList());
        }
    }

    @Test
    void noiseDetectionScoresEachRankingAgainstTheTruth() throws Exception {
        try (Workspace workspace = workspaceWithPredictions()) {
            Path truth = dir.resolve("truth.csv");
            Files.writeString(truth, "fname,labels\na.wav,Bark\nb.wav,Bark\nc.wav,\"Bark,Run\"\n");
            NoiseDetectionReport report = new NoiseDetectionService(workspace).evaluate(truth, List.of());
            assertEquals(4, report.labels());
            assertEquals(1, report.errors());
            NoiseDetectionReport.Row rankPrecision = report.rows().stream()
                    .filter(r -> r.score() == LabelScore.RANK_PRECISION).findFirst().orElseThrow();
            assertEquals(1.0, rankPrecision.averagePrecision(), 1e-9);
            assertEquals(1.0, rankPrecision.precisionAtErrors(), 1e-9);
        }
    }
}
