package org.tagbench.app.imports;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.DecodeStatus;
import org.tagbench.testsupport.GeneratedDataset;

/** Issue 14: clips that decode only in part import, are listed in the report and keep that status in the workspace. */
class PartialAudioImportTest {
    @TempDir
    Path dir;

    @Test
    void partialClipsAreReportedWithTheirCsvLineAndStoredAsPartial() throws Exception {
        Path dataset = GeneratedDataset.write(dir.resolve("data"), List.of(
                new GeneratedDataset.Clip("whole.wav", "train_curated", List.of("Bark"), 800, false, 0, 0, 0, 0),
                new GeneratedDataset.Clip("cut.wav", "train_curated", List.of("Run"), 19_200, false, 0, 0, 38_080, 0),
                new GeneratedDataset.Clip("nan.wav", "train_noisy", List.of("Run"), 800, true, 0, 0, 0, 12)));
        Files.write(dataset.resolve("train_noisy/empty.wav"), new byte[0]);
        Files.writeString(dataset.resolve("train_noisy.csv"), "empty.wav,Bark\n", java.nio.file.StandardOpenOption.APPEND);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportReport report = ImportService.importDataset(dataset, workspace, JobContext.unattended());
            assertEquals(List.of("train_curated.csv:3: 0.02 s of a declared 2.40 s (fname cut.wav)",
                            "train_noisy.csv:2: 12 NaN or infinite samples zeroed (fname nan.wav)"),
                    report.partialClips().stream().map(ImportProblem::describe).toList());
            assertEquals(1, report.problems().size());
            assertTrue(report.problems().get(0).describe().startsWith("train_noisy.csv:3:"));
            assertFalse(report.complete());

            ClipRecord cut = workspace.store().clip(ClipId.of("cut.wav")).orElseThrow();
            assertEquals(DecodeStatus.PARTIAL, cut.decodeStatus());
            assertEquals("0.02 s of a declared 2.40 s", cut.decodeNote());
            assertEquals(160, cut.frames());
            assertEquals(DecodeStatus.OK, workspace.store().clip(ClipId.of("whole.wav")).orElseThrow().decodeStatus());
            assertEquals(2L, workspace.store().counts().clipsPerDecodeStatus().get(DecodeStatus.PARTIAL));
        }
    }
}
