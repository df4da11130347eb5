package org.tagbench.dataset;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.domain.LabelSource;
import org.tagbench.testsupport.TestData;

class DevCorpusScanTest {
    private static DatasetScan scan;

    @BeforeAll
    static void scanDevCorpus() throws IOException {
        scan = DatasetScanner.scan(TestData.devCorpus());
    }

    @Test
    void findsEverySplitWithoutProblems() {
        assertEquals(LayoutKind.FSD2019, scan.layout());
        assertEquals(List.of(), scan.problems());
        assertEquals(List.of(Map.entry("train_curated", 44L), Map.entry("train_noisy", 24L), Map.entry("test", 34L)),
                List.copyOf(scan.clipsPerSplit().entrySet()));
    }

    @Test
    void vocabularyIsTheSampleSubmissionHeader() {
        assertEquals(19, scan.vocabulary().size());
        assertEquals("Accordion", scan.vocabulary().classes().get(0));
        assertEquals("Waves_and_surf", scan.vocabulary().classes().get(18));
    }

    @Test
    void labelsComeFromTheTrainingCsvsNeverFromTheTruthFiles() {
        DatasetClip noisy = clip("0cae8b91.wav");
        assertEquals(List.of("Bass_drum", "Bass_guitar", "Glockenspiel"), noisy.labels());
        assertEquals(LabelSource.NOISY, noisy.source());
        // the scan reports real paths (a dataset reached through a symlink is reported where it really is)
        assertEquals(new SourceLine(scan.root().resolve("train_noisy.csv"), 2), noisy.origin());

        DatasetClip curated = clip("1901b071.wav");
        assertEquals(List.of("Crowd", "Raindrop"), curated.labels());
        assertEquals(LabelSource.CURATED, curated.source());

        DatasetClip test = clip("0b0407ba.wav");
        assertEquals(List.of(), test.labels());
        assertNull(test.source());
    }

    @Test
    void clipsPointAtRealFilesInsideTheRootWithTheirHeaders() {
        for (DatasetClip clip : scan.clips()) {
            assertTrue(clip.file().startsWith(scan.root().resolve(clip.split())), clip.file().toString());
            assertEquals(44_100, clip.info().sampleRate());
            assertEquals(1, clip.info().channels());
            assertTrue(clip.info().durationSeconds() >= 0.3, clip.fname().fname());
        }
    }

    private static DatasetClip clip(String fname) {
        return scan.clips().stream().filter(clip -> clip.fname().equals(ClipId.of(fname))).findFirst().orElseThrow();
    }
}
