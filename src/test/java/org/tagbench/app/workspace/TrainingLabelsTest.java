package org.tagbench.app.workspace;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.review.DecisionService;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;

/** Human decisions win over every label source in what training sees (docs/decisions/0005). */
class TrainingLabelsTest {
    @TempDir
    Path dir;

    private static NewClip clip(String fname, String split, LabelSource source, String... labels) {
        return new NewClip(ClipId.of(fname), split, fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(labels), source);
    }

    private static String describe(List<TrainingLabels.LabelledClip> clips) {
        return String.join(" ", clips.stream().map(c -> c.clip().fname() + ":" + c.kind().dbName() + ":" + c.labels()).toList());
    }

    @Test
    void rejectedLabelsNeverTrainAndFullyReviewedNoisyClipsCountAsCurated() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            workspace.store().saveDataset("/d", "FSD2019", "v", List.of("Bark", "Meow", "Run"));
            workspace.store().importClips(List.of(
                    clip("c.wav", "train_curated", LabelSource.CURATED, "Bark"),
                    clip("n1.wav", "train_noisy", LabelSource.NOISY, "Bark", "Meow"),
                    clip("n2.wav", "train_noisy", LabelSource.NOISY, "Run"),
                    clip("n3.wav", "train_noisy", LabelSource.NOISY, "Meow"),
                    clip("t.wav", "test", null)));
            DecisionService decisions = new DecisionService(workspace);
            decisions.decide(ClipId.of("n1.wav"), "Meow", Decision.Action.REJECT, "ann");
            decisions.decide(ClipId.of("n2.wav"), "Run", Decision.Action.ACCEPT, "ann");
            decisions.decide(ClipId.of("n2.wav"), "Bark", Decision.Action.ADD, "ann");
            decisions.decide(ClipId.of("n3.wav"), "Meow", Decision.Action.REJECT, "ann");

            assertEquals("c.wav:curated:[Bark] n2.wav:curated:[Bark, Run]",
                    describe(TrainingLabels.of(workspace.store(), Set.of(LabelSource.CURATED))));
            assertEquals("n1.wav:noisy:[Bark]",
                    describe(TrainingLabels.of(workspace.store(), Set.of(LabelSource.NOISY))));
        }
    }
}
