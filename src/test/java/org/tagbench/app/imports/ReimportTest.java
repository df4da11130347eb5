package org.tagbench.app.imports;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.testsupport.GeneratedDataset;

/** Regression tests for re-importing a dataset into the workspace that already holds it. */
class ReimportTest {
    @TempDir
    Path dir;

    private static List<GeneratedDataset.Clip> someClips() {
        List<GeneratedDataset.Clip> clips = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String split = GeneratedDataset.SPLITS.get(i % 3);
            List<String> labels = split.equals("test") ? List.of() : List.of(GeneratedDataset.CLASSES.get(i % 5));
            clips.add(new GeneratedDataset.Clip("c" + i + ".wav", split, labels, 800 + 100 * i, false, 0, 0, 0, 0));
        }
        return clips;
    }

    /**
     * Issue 14: touching files and importing again reported them "updated" but bound the UPDATE's parameters one
     * column off, so their split became their file name and path, codec and sample rate were shifted too.
     */
    @Test
    void touchedFilesReimportToTheRowsAFreshImportGives() throws Exception {
        Path dataset = GeneratedDataset.write(dir.resolve("data"), someClips());
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            for (String touched : List.of("train_curated/c0.wav", "train_noisy/c1.wav", "test/c2.wav")) {
                Path file = dataset.resolve(touched);
                Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
            }
            ImportReport again = ImportService.importDataset(dataset, workspace, JobContext.unattended());
            assertEquals(List.of("c0.wav", "c1.wav", "c2.wav"), again.outcome().updated().stream().map(ClipId::fname).toList());
            assertEquals(Map.of("train_curated", 2L, "train_noisy", 2L, "test", 2L),
                    workspace.store().counts().clipsPerSplit());
            try (Workspace fresh = Workspace.create(dir.resolve("fresh"))) {
                ImportService.importDataset(dataset, fresh, JobContext.unattended());
                assertEquals(ClipRows.clips(fresh.store()), ClipRows.clips(workspace.store()));
                assertEquals(ClipRows.labels(fresh.store()), ClipRows.labels(workspace.store()));
            }
        }
    }
}
