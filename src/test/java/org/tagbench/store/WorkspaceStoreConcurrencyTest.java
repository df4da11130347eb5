package org.tagbench.store;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/**
 * A training run stores its predictions from its own thread while a reviewer keeps deciding. The assertions are
 * about order, held by latches: the decision lands while the training's write is still in progress. The timeouts
 * only keep a broken store from hanging the build.
 */
class WorkspaceStoreConcurrencyTest {
    private static final int CLIPS = 3 * WorkspaceStore.PREDICTIONS_PER_TRANSACTION;
    private static final long GIVE_UP_SECONDS = 30;
    /**
     * A thread for each task: on 2 cores the common pool has one worker on JDK 25, so the paused training write held
     * it and the decision queued behind it, which looked like the store making the decision wait.
     */
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @TempDir
    Path dir;

    private WorkspaceStore storeWithClips() {
        WorkspaceStore store = WorkspaceStore.open(dir.resolve("ws.db"));
        store.saveDataset("/data", "FSD2019", "sample_submission", List.of("Bark", "Meow"));
        List<NewClip> clips = new ArrayList<>();
        for (int i = 0; i < CLIPS; i++) {
            clips.add(new NewClip(ClipId.of(name(i)), "train_curated", "/data/" + name(i), "wav-pcm16", 1.0, 44100, 1, 44100, 10,
                    1000L, List.of("Bark"), LabelSource.CURATED));
        }
        store.importClips(clips);
        return store;
    }

    private static String name(int i) {
        return String.format("clip%04d.wav", i);
    }

    private static Map<ClipId, float[]> scoresForEveryClip() {
        Map<ClipId, float[]> scores = new LinkedHashMap<>();
        for (int i = 0; i < CLIPS; i++) {
            scores.put(ClipId.of(name(i)), new float[] {0.5f, 0.25f});
        }
        return scores;
    }

    /** Pauses the training thread after its first chunk of predictions until the test lets it go on. */
    private static final class PausedAfterFirstChunk implements WorkspaceStore.ChunkObserver {
        final CountDownLatch paused = new CountDownLatch(1);
        final CountDownLatch goOn = new CountDownLatch(1);
        final boolean inTransaction;

        PausedAfterFirstChunk(boolean inTransaction) {
            this.inTransaction = inTransaction;
        }

        @Override
        public void beforeCommit(int rowsSoFar) {
            if (inTransaction) {
                pause();
            }
        }

        @Override
        public void afterCommit(int rowsSoFar) {
            if (!inTransaction) {
                pause();
            }
        }

        private void pause() {
            if (paused.getCount() == 0) {
                return;
            }
            paused.countDown();
            try {
                goOn.await(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aDecisionIsStoredWhileATrainingRunIsStillStoringItsPredictions() throws Exception {
        try (WorkspaceStore store = storeWithClips()) {
            long run = store.startRun("train", "cpu", "{}", "cpu", null);
            PausedAfterFirstChunk training = new PausedAfterFirstChunk(false);
            store.chunkObserver = training;
            CompletableFuture<Void> predictions = CompletableFuture.runAsync(
                    () -> store.savePredictions(run, scoresForEveryClip(), true), threads);
            assertTrue(training.paused.await(GIVE_UP_SECONDS, TimeUnit.SECONDS), "the training never stored a chunk");

            CountDownLatch decided = new CountDownLatch(1);
            CompletableFuture<Decision> decision = CompletableFuture.supplyAsync(() -> {
                Decision stored = store.decide(ClipId.of(name(7)), "Bark", Decision.Action.REJECT, "ann");
                decided.countDown();
                return stored;
            }, threads);
            boolean decidedDuringTraining = decided.await(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, training.goOn.getCount(), "the training's write went on before the decision landed");
            training.goOn.countDown();
            predictions.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);

            assertTrue(decidedDuringTraining, "the decision waited for the training run's predictions");
            assertEquals(LabelState.REJECTED.dbName(), decision.get().newState());
            assertEquals(CLIPS, store.predictions(run, true).size());
        }
    }

    @Test
    void trainingPredictionsAreCommittedInShortTransactions() throws Exception {
        try (WorkspaceStore store = storeWithClips()) {
            long run = store.startRun("train", "cpu", "{}", "cpu", null);
            PausedAfterFirstChunk training = new PausedAfterFirstChunk(false);
            store.chunkObserver = training;
            CompletableFuture<Void> predictions = CompletableFuture.runAsync(
                    () -> store.savePredictions(run, scoresForEveryClip(), true), threads);
            assertTrue(training.paused.await(GIVE_UP_SECONDS, TimeUnit.SECONDS));
            int visibleMidway = store.predictions(run, true).size();
            training.goOn.countDown();
            predictions.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);

            assertEquals(WorkspaceStore.PREDICTIONS_PER_TRANSACTION, visibleMidway);
            assertEquals(CLIPS, store.predictions(run, true).size());
        }
    }

    @Test
    void readsDoNotWaitForAnOpenWriteTransaction() throws Exception {
        try (WorkspaceStore store = storeWithClips()) {
            long run = store.startRun("train", "cpu", "{}", "cpu", null);
            PausedAfterFirstChunk training = new PausedAfterFirstChunk(true);
            store.chunkObserver = training;
            CompletableFuture<Void> predictions = CompletableFuture.runAsync(
                    () -> store.savePredictions(run, scoresForEveryClip(), true), threads);
            assertTrue(training.paused.await(GIVE_UP_SECONDS, TimeUnit.SECONDS));

            CountDownLatch read = new CountDownLatch(1);
            CompletableFuture<Integer> seen = CompletableFuture.supplyAsync(() -> {
                int rows = store.predictions(run, true).size() + store.labels(null).size();
                read.countDown();
                return rows;
            }, threads);
            boolean readDuringWrite = read.await(GIVE_UP_SECONDS, TimeUnit.SECONDS);
            assertEquals(1, training.goOn.getCount(), "the write committed before the read finished");
            training.goOn.countDown();
            predictions.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);

            assertTrue(readDuringWrite, "a read waited for an open write transaction");
            assertEquals(CLIPS, seen.get(), "a read saw rows of a transaction that had not committed");
        }
    }

    @Test
    void predictionsNamingAnUnknownClipStoreNothing() {
        try (WorkspaceStore store = storeWithClips()) {
            long run = store.startRun("train", "cpu", "{}", "cpu", null);
            Map<ClipId, float[]> scores = scoresForEveryClip();
            scores.put(ClipId.of("nope.wav"), new float[] {0.1f, 0.2f});
            StoreException error = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> store.savePredictions(run, scores, true));
            assertTrue(error.getMessage().contains("nope.wav"), error.getMessage());
            assertEquals(0, store.predictions(run, true).size());
        }
    }
}
