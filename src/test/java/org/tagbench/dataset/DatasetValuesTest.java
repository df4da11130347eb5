package org.tagbench.dataset;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tagbench.audio.AudioInfo;

class DatasetValuesTest {
    private static final Path CSV = Path.of("/data/fsd/train_curated.csv");

    @Test
    void problemDescribesFileLineReasonAndFname() {
        ImportProblem problem = new ImportProblem(CSV, 12, "abc.wav", "unknown class 'Foo'");
        assertEquals("train_curated.csv:12: unknown class 'Foo' (fname abc.wav)", problem.describe());
    }

    @Test
    void problemWithoutLineOrFnameLeavesThemOut() {
        ImportProblem problem = ImportProblem.at(SourceLine.of(Path.of("/data/fsd/train_noisy")), null, "no CSV");
        assertEquals("train_noisy: no CSV", problem.describe());
    }

    @Test
    void clipsPerSplitCountsInOrderOfFirstAppearance() {
        DatasetScan scan = new DatasetScan(Path.of("/data"), LayoutKind.FSD2019, Vocabulary.fsd2019(),
                List.of(clip("a.wav", "train_curated"), clip("b.wav", "test"), clip("c.wav", "train_curated")), List.of());

        assertEquals(List.of(Map.entry("train_curated", 2L), Map.entry("test", 1L)),
                List.copyOf(scan.clipsPerSplit().entrySet()));
        assertEquals(1, scan.clipsIn("test").size());
    }

    @Test
    void labelledClipNeedsALabelSource() {
        AudioInfo info = new AudioInfo(Path.of("/data/a.wav"), "pcm", 44_100, 1, 10, 16);
        assertThrows(IllegalArgumentException.class, () -> new DatasetClip(ClipId.of("a.wav"), "train_curated", info.file(),
                List.of("Bark"), null, info, new SourceLine(CSV, 2)));
    }

    private static DatasetClip clip(String fname, String split) {
        Path file = Path.of("/data", fname);
        return new DatasetClip(ClipId.of(fname), split, file, List.of(), null, new AudioInfo(file, "pcm", 44_100, 1, 10, 16),
                new SourceLine(CSV, 2));
    }
}
