package org.tagbench.store;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

class WorkspaceStoreTest {
    @TempDir
    Path dir;

    private static NewClip clip(String fname, String split, long size, LabelSource source, String... labels) {
        return new NewClip(ClipId.of(fname), split, "/data/" + fname, "wav-pcm16", 1.5, 44100, 1, 66150, size, 1000L,
                List.of(labels), source);
    }

    private WorkspaceStore storeWithTwoClips() {
        WorkspaceStore store = WorkspaceStore.open(dir.resolve("ws.db"));
        store.saveDataset("/data", "FSD2019", "sample_submission", List.of("Bark", "Meow"));
        store.importClips(List.of(
                clip("a.wav", "train_curated", 10, LabelSource.CURATED, "Bark"),
                clip("b.wav", "train_noisy", 10, LabelSource.NOISY, "Bark", "Meow")));
        return store;
    }

    @Test
    void newDatabaseIsAtTheLatestSchemaAndSound() {
        try (WorkspaceStore store = WorkspaceStore.open(dir.resolve("ws.db"))) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void importCountsClipsAndLabelsPerSourceAndSplit() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            WorkspaceCounts counts = store.counts();
            assertEquals(1L, counts.clipsPerSplit().get("train_curated"));
            assertEquals(1L, counts.clipsPerSplit().get("train_noisy"));
            assertEquals(2, counts.classes());
            assertEquals(1L, counts.labelsPerSource().get("curated"));
            assertEquals(2L, counts.labelsPerSource().get("noisy"));
            assertEquals(List.of("Bark", "Meow"), store.classes());
        }
    }

    @Test
    void reimportIsIdempotentAndPicksUpChangedFiles() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            store.setContentHash(store.clip(ClipId.of("a.wav")).orElseThrow().id(), "abc");
            ImportOutcome same = store.importClips(List.of(
                    clip("a.wav", "train_curated", 10, LabelSource.CURATED, "Bark"),
                    clip("b.wav", "train_noisy", 10, LabelSource.NOISY, "Bark", "Meow")));
            assertEquals(new ImportOutcome(0, 0, 2, 0, 0), same);
            assertEquals("abc", store.clip(ClipId.of("a.wav")).orElseThrow().contentHash());

            ImportOutcome changed = store.importClips(List.of(
                    clip("a.wav", "train_curated", 99, LabelSource.CURATED, "Bark")));
            assertEquals(1, changed.clipsUpdated());
            assertEquals(null, store.clip(ClipId.of("a.wav")).orElseThrow().contentHash());
            assertEquals(2, store.clips(null).size());
            assertEquals(3, store.labels(null).size());
        }
    }

    @Test
    void reimportDropsVanishedLabelsOnlyWhileNobodyReviewedThem() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            store.decide(ClipId.of("b.wav"), "Meow", Decision.Action.ACCEPT, "ann");
            ImportOutcome outcome = store.importClips(List.of(
                    clip("a.wav", "train_curated", 10, LabelSource.CURATED),
                    clip("b.wav", "train_noisy", 10, LabelSource.NOISY)));
            assertEquals(2, outcome.labelsRemoved());
            assertEquals(List.of("Meow"), store.labelsOf(ClipId.of("b.wav")).stream().map(LabelRecord::className).toList());
            assertEquals(List.of(), store.labelsOf(ClipId.of("a.wav")));
        }
    }

    @Test
    void decisionsChangeStateAndKeepHistoryThatCanBeReverted() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            Decision reject = store.decide(ClipId.of("b.wav"), "Meow", Decision.Action.REJECT, "ann");
            assertEquals("pending", reject.previousState());
            store.decide(ClipId.of("b.wav"), "Run", Decision.Action.ADD, "ann");
            List<LabelRecord> labels = store.labelsOf(ClipId.of("b.wav"));
            assertEquals(List.of("noisy:Bark:pending", "noisy:Meow:rejected", "user:Run:accepted"),
                    labels.stream().map(l -> l.source().dbName() + ":" + l.className() + ":" + l.state().dbName()).toList());

            store.revert(reject.id(), "ann");
            Decision addition = store.history(ClipId.of("b.wav")).get(1);
            store.revert(addition.id(), "ann");
            assertEquals(List.of("noisy:Bark:pending", "noisy:Meow:pending"),
                    store.labelsOf(ClipId.of("b.wav")).stream().map(l -> l.source().dbName() + ":" + l.className() + ":" + l.state().dbName()).toList());
            assertEquals(4, store.history(ClipId.of("b.wav")).size());
        }
    }

    @Test
    void decisionsSurviveReopening() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            store.decide(ClipId.of("a.wav"), "Bark", Decision.Action.ACCEPT, "ann");
        }
        try (WorkspaceStore reopened = WorkspaceStore.open(dir.resolve("ws.db"))) {
            assertEquals(LabelState.ACCEPTED, reopened.labelsOf(ClipId.of("a.wav")).get(0).state());
            assertEquals(1, reopened.history(ClipId.of("a.wav")).size());
        }
    }

    @Test
    void decidingOnAnUnknownClipOrMissingLabelSaysWhat() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            StoreException noClip = assertThrows(StoreException.class,
                    () -> store.decide(ClipId.of("zzz.wav"), "Bark", Decision.Action.ACCEPT, "ann"));
            assertTrue(noClip.getMessage().contains("zzz.wav"), noClip.getMessage());
            StoreException noLabel = assertThrows(StoreException.class,
                    () -> store.decide(ClipId.of("a.wav"), "Meow", Decision.Action.ACCEPT, "ann"));
            assertTrue(noLabel.getMessage().contains("add"), noLabel.getMessage());
            assertEquals(0, store.counts().decisions());
        }
    }

    @Test
    void rejectingAClassTheClipLacksKeepsARejectedUserLabelThatARevertRemoves() {
        try (WorkspaceStore store = storeWithTwoClips()) {
            Decision rejected = store.decide(ClipId.of("a.wav"), "Meow", Decision.Action.REJECT, "ann");
            assertEquals(null, rejected.previousState());
            assertTrue(store.labelsOf(ClipId.of("a.wav")).stream().anyMatch(l -> l.className().equals("Meow")
                    && l.source().equals(LabelSource.USER) && l.state().equals(LabelState.REJECTED)));
            store.revert(rejected.id(), "ann");
            assertTrue(store.labelsOf(ClipId.of("a.wav")).stream().noneMatch(l -> l.className().equals("Meow")));
        }
    }
}
