package org.tagbench.store;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelSource;

class RunStoreTest {
    @TempDir
    Path dir;

    private WorkspaceStore store() {
        WorkspaceStore store = WorkspaceStore.open(dir.resolve("ws.db"));
        store.saveDataset("/data", "FSD2019", "v", List.of("Bark", "Meow"));
        store.importClips(List.of(
                new NewClip(ClipId.of("a.wav"), "train_curated", "a.wav", "wav", 1, 44100, 1, 44100, 10, 1, List.of("Bark"), LabelSource.CURATED),
                new NewClip(ClipId.of("b.wav"), "train_noisy", "b.wav", "wav", 1, 44100, 1, 44100, 10, 1, List.of("Meow"), LabelSource.NOISY)));
        return store;
    }

    @Test
    void runLifecycleKeepsEpochsPredictionsAndTheDecisionsItSaw() {
        try (WorkspaceStore store = store()) {
            store.decide(ClipId.of("b.wav"), "Meow", Decision.Action.REJECT, "ann");
            long run = store.startRun("train", "cpu-default", "{\"epochs\":1}", "cpu", "abc123");
            store.decide(ClipId.of("a.wav"), "Bark", Decision.Action.ACCEPT, "ann");
            store.recordEpoch(new EpochRecord(run, 0, 1, 0.7, 0.5));
            store.recordEpoch(new EpochRecord(run, 0, 2, 0.6, 0.55));
            store.savePredictions(run, Map.of(ClipId.of("a.wav"), new float[] {0.9f, 0.1f}, ClipId.of("b.wav"), new float[] {0.2f, 0.3f}), true);
            store.finishRun(run, 0.55, "/models/1");

            RunRecord record = store.run(run).orElseThrow();
            assertEquals(RunRecord.FINISHED, record.status());
            assertEquals(0.55, record.oofLwlrap());
            assertEquals(store.history(ClipId.of("b.wav")).get(0).id(), record.lastDecisionId());
            assertEquals(2, store.epochs(run).size());
            assertArrayEquals(new float[] {0.9f, 0.1f}, store.predictions(run, true).get(ClipId.of("a.wav")));
        }
    }

    @Test
    void onlyFinishedRunsBecomeActive() {
        try (WorkspaceStore store = store()) {
            long running = store.startRun("train", "p", "{}", "cpu", null);
            assertThrows(StoreException.class, () -> store.setActiveRuns(List.of(running)));
            store.finishRun(running, 0.4, "m");
            store.setActiveRuns(List.of(running));
            assertEquals(List.of(running), store.activeRuns().stream().map(RunRecord::id).toList());
        }
    }

    @Test
    void aRunWhoseProcessDiedIsMarkedFailedButALiveOneIsNot() throws Exception {
        try (WorkspaceStore store = store()) {
            long live = store.startRun("train", "p", "{}", "cpu", null);
            long orphan = store.startRun("train", "p", "{}", "cpu", null);
            try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ws.db"));
                 var statement = connection.createStatement()) {
                statement.execute("UPDATE runs SET owner_pid = 2147483000 WHERE id = " + orphan);
            }
            assertEquals(1, store.failOrphanedRuns());
            assertEquals(RunRecord.FAILED, store.run(orphan).orElseThrow().status());
            assertTrue(store.run(orphan).orElseThrow().message().contains("interrupted"));
            assertEquals(RunRecord.RUNNING, store.run(live).orElseThrow().status());
            assertFalse(store.run(live).orElseThrow().active());
        }
    }
}
