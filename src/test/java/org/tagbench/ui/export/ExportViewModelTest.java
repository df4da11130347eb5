package org.tagbench.ui.export;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;
import org.tagbench.ui.jobs.JobRunner;

/** The export dialog's state without a window: what can be exported when, and what comes back. */
class ExportViewModelTest {
    @TempDir
    Path dir;
    private final JobRunner jobs = new JobRunner(Runnable::run, 1);
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private ExportViewModel model;

    private static NewClip clip(String fname, String split, LabelSource source, String... labels) {
        return new NewClip(ClipId.of(fname), split, fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(labels), source);
    }

    @BeforeEach
    void createModel() {
        model = new ExportViewModel(jobs, workspace);
    }

    @AfterEach
    void close() {
        jobs.close();
        if (workspace.get() != null) {
            workspace.get().close();
        }
    }

    private void openWorkspace() throws IOException, InterruptedException {
        Workspace opened = Workspace.create(dir.resolve("ws"));
        opened.store().saveDataset("/d", "FSD2019", "v", List.of("Bark", "Meow"));
        opened.store().importClips(List.of(clip("c.wav", "train_curated", LabelSource.CURATED, "Bark"),
                clip("n.wav", "train_noisy", LabelSource.NOISY, "Meow", "Bark"), clip("t.wav", "test", null)));
        workspace.set(opened);
        assertTrue(jobs.awaitIdle(30_000), "the splits are read in a job");
    }

    private void exportAndWait() throws InterruptedException {
        model.export();
        assertTrue(jobs.awaitIdle(30_000));
    }

    @Test
    void exportNeedsAnOpenWorkspaceAndAnOutputFile() throws IOException, InterruptedException {
        assertFalse(model.canExportProperty().get());
        openWorkspace();
        assertFalse(model.canExportProperty().get());
        model.outFileProperty().set(dir.resolve("out.csv"));
        assertTrue(model.canExportProperty().get());
        assertEquals(List.of("test", "train_curated", "train_noisy"), model.splits().stream().sorted().toList());
        assertEquals("test", model.splitProperty().get());
    }

    @Test
    void theReviewedLabelsAreWrittenWithTheirDecisions() throws Exception {
        openWorkspace();
        new DecisionService(workspace.get()).decide(ClipId.of("n.wav"), "Meow", Decision.Action.REJECT, "ann");
        model.targetProperty().set(ExportTarget.REVIEWED_LABELS);
        model.includePendingProperty().set(true);
        model.outFileProperty().set(dir.resolve("labels.csv"));
        exportAndWait();

        assertEquals("", model.problemProperty().get());
        assertEquals("Wrote 2 clips to " + dir.resolve("labels.csv"), model.statusProperty().get());
        assertEquals("fname,labels\nc.wav,Bark\nn.wav,Bark\n", Files.readString(dir.resolve("labels.csv")));
        assertTrue(Double.isNaN(model.lwlrapProperty().get()), "labels are not scored");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aSubmissionWithoutARunSaysWhatToDo() throws Exception {
        openWorkspace();
        model.outFileProperty().set(dir.resolve("sub.csv"));
        exportAndWait();
        assertEquals("no finished run to predict with: train one first", model.problemProperty().get());
        assertEquals("", model.statusProperty().get());
        assertTrue(model.canExportProperty().get(), "ready to try again");
    }

    @Test
    void aWrongTruthFileIsReportedWithFileAndLine() throws Exception {
        openWorkspace();
        Path truth = Files.writeString(dir.resolve("truth.csv"), "fname,labels\nx.wav,Bark\n");
        model.truthFileProperty().set(truth);
        model.outFileProperty().set(dir.resolve("sub.csv"));
        exportAndWait();
        assertEquals(truth + ":2: fname x.wav is not a clip of split 'test' in this workspace",
                model.problemProperty().get());
    }
}
