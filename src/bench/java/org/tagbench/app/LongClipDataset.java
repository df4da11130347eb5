package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.WavWriter;

/**
 * A plain folder of long clips made from real recordings (the demo dataset's curated clips, one after another until
 * each clip is long enough), imported into a workspace: what the window's clip-switch benchmark opens.
 */
public final class LongClipDataset {
    private LongClipDataset() {}

    /** Writes {@code clips} clips of {@code seconds} each from the WAVs in {@code recordings}, then imports them. */
    public static Path build(Path recordings, int clips, double seconds, Path scratch, JobContext context)
            throws IOException {
        List<Path> sources = wavsIn(recordings);
        if (sources.isEmpty()) {
            throw new IOException("no WAV recordings in " + recordings);
        }
        Path dataset = Files.createDirectories(scratch.resolve("long-clips"));
        int length = (int) Math.round(seconds * AudioFiles.DEFAULT_RATE);
        int next = 0;
        for (int clip = 0; clip < clips; clip++) {
            float[] samples = new float[length];
            int filled = 0;
            while (filled < length) {
                float[] recording = AudioFiles.decode(sources.get(next++ % sources.size()), AudioFiles.DEFAULT_RATE).samples();
                int copied = Math.min(recording.length, length - filled);
                System.arraycopy(recording, 0, samples, filled, copied);
                filled += copied;
            }
            WavWriter.writePcm16(dataset.resolve(String.format(Locale.ROOT, "long%03d.wav", clip)), samples,
                    AudioFiles.DEFAULT_RATE);
            context.step(0.8 * (clip + 1) / clips, "writing " + seconds + "-s clips");
        }
        Path workspace = scratch.resolve("workspace");
        try (Workspace opened = Workspace.create(workspace)) {
            ImportReport report = ImportService.importDataset(dataset, opened, context);
            if (!report.problems().isEmpty()) {
                throw new IOException("the long clips did not import cleanly: " + report.problems().get(0).describe());
            }
        }
        return workspace;
    }

    private static List<Path> wavsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav"))
                    .sorted().toList();
        }
    }
}
