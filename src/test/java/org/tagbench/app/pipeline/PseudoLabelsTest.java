package org.tagbench.app.pipeline;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;

/** The pure selection steps of the pipelines: relabelling thresholds and the warm-up's per-label cap. */
class PseudoLabelsTest {
    @TempDir
    Path dir;

    @Test
    void thresholdKeepsTheTargetNumberOfLabelsPerClipOnAverage() {
        List<float[]> rows = List.of(new float[] {0.9f, 0.8f, 0.1f}, new float[] {0.7f, 0.2f, 0.05f});
        assertEquals(0.7, PseudoLabels.thresholdFor(rows, 1.5), 1e-6);
        assertEquals(0.9, PseudoLabels.thresholdFor(rows, 0.1), 1e-6);
    }

    @Test
    void relabellingKeepsAcceptedLabelsAndNeverRestoresRejectedOnes() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            workspace.store().saveDataset("/d", "FSD2019", "v", List.of("Bark", "Meow", "Run"));
            workspace.store().importClips(List.of(
                    new NewClip(ClipId.of("a.wav"), "train_noisy", "a.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Bark", "Run"), LabelSource.NOISY),
                    new NewClip(ClipId.of("b.wav"), "train_noisy", "b.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Meow"), LabelSource.NOISY)));
            DecisionService decisions = new DecisionService(workspace);
            decisions.decide(ClipId.of("a.wav"), "Bark", Decision.Action.REJECT, "ann");
            decisions.decide(ClipId.of("a.wav"), "Run", Decision.Action.ACCEPT, "ann");
            long run = workspace.store().startRun("train", "p", "{}", "cpu", null);
            workspace.store().savePredictions(run, Map.of(
                    ClipId.of("a.wav"), new float[] {0.95f, 0.1f, 0.05f},
                    ClipId.of("b.wav"), new float[] {0.2f, 0.3f, 0.9f}), true);

            Map<ClipId, List<String>> labels = PseudoLabels.relabel(workspace.store(), run, List.of(ClipId.of("a.wav"), ClipId.of("b.wav")), 1.0);
            assertEquals(List.of("Run"), labels.get(ClipId.of("a.wav")), "Bark was rejected; Run was accepted");
            assertEquals(List.of("Run"), labels.get(ClipId.of("b.wav")));
        }
    }

    @Test
    void warmUpSelectionHonoursTheThresholdAndThePerLabelCap() {
        List<PipelineService.ScoredClip> ranked = List.of(
                new PipelineService.ScoredClip(ClipId.of("a.wav"), List.of("Bark"), 1.0),
                new PipelineService.ScoredClip(ClipId.of("b.wav"), List.of("Bark"), 0.9),
                new PipelineService.ScoredClip(ClipId.of("c.wav"), List.of("Meow"), 0.6),
                new PipelineService.ScoredClip(ClipId.of("d.wav"), List.of("Bark", "Meow"), 0.55),
                new PipelineService.ScoredClip(ClipId.of("e.wav"), List.of("Run"), 0.4));
        assertEquals(List.of("a.wav", "b.wav", "c.wav"),
                List.copyOf(PipelineService.capPerFoldAndLabel(ranked, 0.5, 2, fname -> 0).keySet()).stream().map(ClipId::fname).toList());
        assertEquals(List.of(ClipId.of("a.wav")), List.copyOf(PipelineService.capPerFoldAndLabel(ranked, 1.0, 5, fname -> 0).keySet()));
    }

    @Test
    void warmUpCapCountsEachFoldApartAsThe8thPlaceDid() {
        List<PipelineService.ScoredClip> ranked = List.of(
                new PipelineService.ScoredClip(ClipId.of("a.wav"), List.of("Bark"), 1.0),
                new PipelineService.ScoredClip(ClipId.of("b.wav"), List.of("Bark"), 0.9),
                new PipelineService.ScoredClip(ClipId.of("c.wav"), List.of("Bark"), 0.8),
                new PipelineService.ScoredClip(ClipId.of("d.wav"), List.of("Bark"), 0.7));
        Map<ClipId, Integer> folds = Map.of(ClipId.of("a.wav"), 0, ClipId.of("b.wav"), 0, ClipId.of("c.wav"), 1, ClipId.of("d.wav"), 0);
        assertEquals(List.of(ClipId.of("a.wav"), ClipId.of("c.wav")),
                List.copyOf(PipelineService.capPerFoldAndLabel(ranked, 0.5, 1, folds::get).keySet()),
                "one Bark clip per fold: the best of fold 0 and the best of fold 1");
    }

    @Test
    void relabellingDropsClipsWithNoLabelAboveTheThreshold() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            workspace.store().saveDataset("/d", "FSD2019", "v", List.of("Bark", "Meow", "Run"));
            workspace.store().importClips(List.of(
                    new NewClip(ClipId.of("a.wav"), "train_noisy", "a.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Bark"), LabelSource.NOISY),
                    new NewClip(ClipId.of("b.wav"), "train_noisy", "b.wav", "wav", 1, 44100, 1, 44100, 1, 1, List.of("Meow"), LabelSource.NOISY)));
            long run = workspace.store().startRun("train", "p", "{}", "cpu", null);
            workspace.store().savePredictions(run, Map.of(
                    ClipId.of("a.wav"), new float[] {0.95f, 0.9f, 0.05f},
                    ClipId.of("b.wav"), new float[] {0.2f, 0.3f, 0.1f}), true);

            Map<ClipId, List<String>> labels = PseudoLabels.relabel(workspace.store(), run, List.of(ClipId.of("a.wav"), ClipId.of("b.wav")), 1.0);
            assertEquals(Map.of(ClipId.of("a.wav"), List.of("Bark", "Meow")), labels,
                    "b.wav has no score above the threshold (0.9): dropped, not given its best class Meow");
        }
    }
}
