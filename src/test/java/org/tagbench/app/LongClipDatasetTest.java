package org.tagbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.WavWriter;
import org.tagbench.store.ClipRecord;

class LongClipDatasetTest {
    @Test
    void joinsRecordingsEndToEndIntoClipsOfTheAskedLengthAndImportsThem(@TempDir Path dir) throws IOException {
        Path recordings = Files.createDirectories(dir.resolve("recordings"));
        WavWriter.writePcm16(recordings.resolve("a.wav"), tone(0.4, 0.25f), AudioFiles.DEFAULT_RATE);
        WavWriter.writePcm16(recordings.resolve("b.wav"), tone(0.3, -0.5f), AudioFiles.DEFAULT_RATE);

        Path workspaceDir = LongClipDataset.build(recordings, 3, 1.5, dir.resolve("scratch"), JobContext.unattended());

        try (Workspace workspace = Workspace.open(workspaceDir)) {
            List<ClipRecord> clips = workspace.store().clips(null);
            assertEquals(3, clips.size());
            for (ClipRecord clip : clips) {
                assertEquals(1.5, clip.duration(), 1e-3, clip.fname().fname());
            }
        }
        float[] first = AudioFiles.decode(dir.resolve("scratch/long-clips/long000.wav"), AudioFiles.DEFAULT_RATE).samples();
        assertEquals(0.25f, first[10], 1e-3f, "starts with the first recording");
        assertEquals(-0.5f, first[(int) (0.4 * AudioFiles.DEFAULT_RATE) + 10], 1e-3f, "then the second");
    }

    @Test
    void saysWhenThereIsNothingToJoin(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException problem = assertThrows(IOException.class,
                () -> LongClipDataset.build(empty, 1, 1, dir.resolve("scratch"), JobContext.unattended()));
        assertEquals("no WAV recordings in " + empty, problem.getMessage());
    }

    /** A constant signal, easy to recognise after the 16-bit round trip. */
    private static float[] tone(double seconds, float level) {
        float[] samples = new float[(int) Math.round(seconds * AudioFiles.DEFAULT_RATE)];
        java.util.Arrays.fill(samples, level);
        return samples;
    }
}
