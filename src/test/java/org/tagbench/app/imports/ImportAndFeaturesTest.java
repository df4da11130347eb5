package org.tagbench.app.imports;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureReport;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.jobs.CancellationToken;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ProgressListener;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.workspace.WorkspaceInfo;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.dsp.MelConfig;
import org.tagbench.store.ClipRecord;

class ImportAndFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void devCorpusImportsWithItsSplitsClassesAndLabelSources() throws Exception {
        Path dataset = DevCorpusCopy.into(dir.resolve("dev"));
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportReport report = ImportService.importDataset(dataset, workspace, JobContext.unattended());
            assertTrue(report.complete(), report.problems().toString());
            assertEquals(Map.of("train_curated", 44L, "train_noisy", 24L, "test", 34L), report.clipsPerSplit());
            assertEquals(19, report.classes());
            WorkspaceInfo info = WorkspaceInfo.of(workspace);
            assertEquals(Map.of("train_curated", 44L, "train_noisy", 24L, "test", 34L), info.clips());
            assertEquals(19, info.classes());
            assertTrue(info.labels().get("curated") > 44 && info.labels().get("noisy") >= 24, info.labels().toString());

            ImportReport again = ImportService.importDataset(dataset, workspace, JobContext.unattended());
            assertEquals(0, again.outcome().clipsAdded());
            assertEquals(102, again.outcome().clipsUnchanged());
            assertEquals(0, again.outcome().labelsAdded());
        }
    }

    @Test
    void aCorruptedCopyImportsTheGoodRowsAndReportsEachBadOne() throws Exception {
        Path dataset = DevCorpusCopy.into(dir.resolve("bad"));
        Path truncated = dataset.resolve("train_curated/1401937c.wav");
        byte[] whole = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(whole, 30));
        Files.writeString(dataset.resolve("train_curated.csv"),
                "aaaa0001.wav,Not_a_class\n../escape.wav,Bark\nmissing1.wav,Bark\n", StandardOpenOption.APPEND);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportReport report = ImportService.importDataset(dataset, workspace, JobContext.unattended());
            List<String> problems = report.problems().stream().map(ImportProblem::describe).toList();
            assertEquals(4, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("train_curated.csv:2:") && problems.get(0).contains("1401937c.wav"), problems.get(0));
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("train_curated.csv:46:") && p.contains("Not_a_class")));
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("train_curated.csv:47:") && p.contains("../escape.wav")));
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("train_curated.csv:48:") && p.contains("missing1.wav")));
            assertEquals(43L, workspace.store().counts().clipsPerSplit().get("train_curated"));
            assertEquals(24L, workspace.store().counts().clipsPerSplit().get("train_noisy"));
        }
    }

    @Test
    void secondFeaturePassDecodesNothingAndAChangedFileIsRecomputed() throws Exception {
        Path dataset = DevCorpusCopy.into(dir.resolve("dev"));
        FeatureRecipe recipe = FeatureRecipe.trimmed(MelConfig.preset("fsd7th8th"));
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            FeatureService features = new FeatureService(workspace);
            FeatureReport first = features.computeAll(recipe, 2, JobContext.unattended());
            assertEquals(102, first.computed());
            assertEquals(0, first.failed());

            FeatureReport second = features.computeAll(recipe, 2, JobContext.unattended());
            assertEquals(0, second.computed());
            assertEquals(102, second.cached());

            ClipRecord clip = workspace.store().clip(ClipId.of("1401937c.wav")).orElseThrow();
            Path file = features.fileOf(clip);
            float[] samples = org.tagbench.audio.AudioFiles.decode(file, 44100).samples();
            for (int i = 0; i < samples.length; i++) {
                samples[i] *= 0.5f;
            }
            org.tagbench.audio.WavWriter.writePcm16(file, samples, 44100);
            FeatureReport third = features.computeAll(recipe, 2, JobContext.unattended());
            assertEquals(1, third.computed());
            assertEquals(101, third.cached());
        }
    }

    @Test
    void aClipThatBecameUnreadableIsReportedAndTheRestIsComputed() throws Exception {
        Path dataset = DevCorpusCopy.into(dir.resolve("dev"));
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            Files.write(dataset.resolve("test/0b0407ba.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2});
            FeatureReport report = new FeatureService(workspace)
                    .computeAll(FeatureRecipe.trimmed(MelConfig.preset("qrfaction64")), 2, JobContext.unattended());
            assertEquals(1, report.failed());
            assertTrue(report.failures().get(0).contains("0b0407ba.wav"), report.failures().get(0));
            assertEquals(101, report.computed());
        }
    }

    @Test
    void cancellingStopsTheFeatureJob() throws Exception {
        Path dataset = DevCorpusCopy.into(dir.resolve("dev"));
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            CancellationToken token = new CancellationToken();
            token.cancel();
            JobContext context = new JobContext(ProgressListener.NONE, token);
            org.junit.jupiter.api.Assertions.assertThrows(JobCancelledException.class, () -> new FeatureService(workspace)
                    .computeAll(FeatureRecipe.trimmed(MelConfig.preset("fsd7th8th")), 2, context));
        }
    }
}
