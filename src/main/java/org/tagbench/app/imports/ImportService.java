package org.tagbench.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dataset.DatasetClip;
import org.tagbench.dataset.DatasetScan;
import org.tagbench.dataset.DatasetScanner;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.DecodeStatus;
import org.tagbench.store.NewClip;

/** Imports a dataset folder into a workspace: scan and check every row, then write the good ones in one transaction. */
public final class ImportService {
    private ImportService() {}

    public static Job<ImportReport> importJob(Path datasetDir, Workspace workspace) {
        return new Job<>() {
            @Override
            public String title() {
                return "Import " + datasetDir.getFileName();
            }

            @Override
            public ImportReport run(JobContext context) throws IOException {
                return importDataset(datasetDir, workspace, context);
            }
        };
    }

    public static ImportReport importDataset(Path datasetDir, Workspace workspace, JobContext context) throws IOException {
        Path root = datasetDir.toRealPath();
        context.step(0, "scanning " + root);
        DatasetScan scan = DatasetScanner.scan(root);
        context.step(0.8, "writing " + scan.clips().size() + " clips");
        List<ImportProblem> problems = new ArrayList<>(scan.problems());
        List<NewClip> clips = toNewClips(root, scan.clips(), problems);
        workspace.store().saveDataset(root.toString(), scan.layout().name(), scan.vocabulary().name(),
                scan.vocabulary().classes());
        var outcome = workspace.store().importDataset(clips);
        context.step(1, "imported " + clips.size() + " clips");
        List<ImportProblem> partial = scan.clips().stream().filter(DatasetClip::isPartial)
                .map(clip -> ImportProblem.at(clip.origin(), clip.fname().fname(), clip.partial())).toList();
        return new ImportReport(root, workspace.dir(), scan.layout(), scan.vocabulary().name(),
                scan.vocabulary().size(), scan.clipsPerSplit(), labelsPerSource(clips), outcome, List.copyOf(problems),
                partial);
    }

    private static List<NewClip> toNewClips(Path root, List<DatasetClip> scanned, List<ImportProblem> problems) {
        List<NewClip> clips = new ArrayList<>(scanned.size());
        for (DatasetClip clip : scanned) {
            try {
                clips.add(toNewClip(root, clip));
            } catch (UncheckedIOException e) {
                problems.add(new ImportProblem(clip.origin().file(), clip.origin().line(), clip.fname().fname(),
                        "cannot read file attributes: " + e.getCause().getMessage()));
            }
        }
        return clips;
    }

    private static NewClip toNewClip(Path root, DatasetClip clip) {
        try {
            var info = clip.info();
            String relative = root.relativize(clip.file()).toString().replace('\\', '/');
            return new NewClip(clip.fname(), clip.split(), relative, info.codec(), info.durationSeconds(),
                    info.sampleRate(), info.channels(), info.frames(), Files.size(clip.file()),
                    Files.getLastModifiedTime(clip.file()).toMillis(), clip.labels(), clip.source(),
                    clip.isPartial() ? DecodeStatus.PARTIAL : DecodeStatus.OK, clip.partial());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> labelsPerSource(List<NewClip> clips) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (LabelSource source : LabelSource.values()) {
            counts.put(source.dbName(), 0L);
        }
        for (NewClip clip : clips) {
            if (clip.labelSource() != null) {
                counts.merge(clip.labelSource().dbName(), (long) clip.labels().size(), Long::sum);
            }
        }
        return counts;
    }
}
