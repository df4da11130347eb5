package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.NewClip;

/** Folds fixed once per workspace, fold count and seed (docs/decisions/0013). */
class WorkspaceFoldsTest {
    private static final List<String> CLASSES = List.of("Bark", "Meow", "Run");
    private static final Set<LabelSource> ALL = Set.of(LabelSource.CURATED, LabelSource.NOISY, LabelSource.PSEUDO);

    @TempDir
    Path dir;

    @Test
    void foldsAreStoredOnceAndAClipLabelledLaterMovesNoOther() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            workspace.store().saveDataset("/d", "FSD2019", "v", CLASSES);
            workspace.store().importClips(clips("c", "train_curated", LabelSource.CURATED, 12));
            workspace.store().importClips(clips("n", "train_noisy", LabelSource.NOISY, 6));
            WorkspaceFolds first = WorkspaceFolds.of(workspace, 3, 1);
            first.assign(TrainingLabels.of(workspace.store(), ALL), CLASSES);
            Map<String, Integer> before = foldsOf(first, workspace);

            int[] curatedPerFold = new int[3];
            before.forEach((fname, fold) -> curatedPerFold[fold] += fname.startsWith("c") ? 1 : 0);
            assertEquals(List.of(4, 4, 4), List.of(curatedPerFold[0], curatedPerFold[1], curatedPerFold[2]),
                    "the curated clips stratified on their own");

            workspace.store().importClips(clips("late", "train_curated", LabelSource.CURATED, 1));
            WorkspaceFolds reopened = WorkspaceFolds.of(workspace, 3, 1);
            assertEquals(before, foldsOf(reopened, workspace).entrySet().stream()
                    .filter(entry -> !entry.getKey().startsWith("late"))
                    .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
            reopened.assign(TrainingLabels.of(workspace.store(), ALL), CLASSES);
            Map<String, Integer> after = foldsOf(WorkspaceFolds.of(workspace, 3, 1), workspace);
            assertTrue(after.get("late0.wav") >= 0, "the new clip got a fold");
            after.remove("late0.wav");
            assertEquals(before, after, "no other clip moved");
            assertNotEquals(-1, WorkspaceFolds.of(workspace, 3, 1).foldOf(ClipId.of("late0.wav")), "stored");
            assertEquals(-1, WorkspaceFolds.of(workspace, 5, 1).foldOf(ClipId.of("c0.wav")), "another fold count has its own folds");
        }
    }

    private static Map<String, Integer> foldsOf(WorkspaceFolds folds, Workspace workspace) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        TrainingLabels.of(workspace.store(), ALL).forEach(clip -> byName.put(clip.clip().fname().fname(), folds.foldOf(clip.clip().fname())));
        return byName;
    }

    private static List<NewClip> clips(String prefix, String split, LabelSource source, int count) {
        List<NewClip> clips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String fname = prefix + i + ".wav";
            clips.add(new NewClip(ClipId.of(fname), split, fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(CLASSES.get(i % 3)), source));
        }
        return clips;
    }
}
