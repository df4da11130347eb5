package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FSD2019 folders with pieces missing or broken. */
class Fsd2019PiecesTest {
    @TempDir
    Path root;

    @Test
    void curatedAloneImportsWithTheFullEightyClassVocabulary() throws IOException {
        TestWavs.write(root.resolve("train_curated/a.wav"), 100);
        TestWavs.write(root.resolve("train_curated/b.wav"), 100);
        TestWavs.writeLines(root.resolve("train_curated.csv"),
                List.of("fname,labels", "a.wav,Zipper_(clothing)", "b.wav,\"Bark,Meow\""));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of(), scan.problems());
        assertEquals(Vocabulary.fsd2019(), scan.vocabulary());
        assertEquals(Map.of("train_curated", 2L), scan.clipsPerSplit());
    }

    @Test
    void csvWithoutItsFolderAndFolderWithoutItsCsvAreEachOneProblem() throws IOException {
        TestWavs.writeLines(root.resolve("train_curated.csv"), List.of("fname,labels", "a.wav,Bark", "b.wav,Bark"));
        TestWavs.write(root.resolve("train_noisy/c.wav"), 100);

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of("train_curated.csv: folder train_curated/ not found; 2 rows skipped",
                "train_noisy: folder train_noisy/ has no train_noisy.csv beside it; its clips are not imported"),
                scan.problems().stream().map(ImportProblem::describe).toList());
        assertEquals(List.of(), scan.clips());
    }

    @Test
    void testFolderWithoutSampleSubmissionIsListedWhole() throws IOException {
        TestWavs.writeLines(root.resolve("train_curated.csv"), List.of("fname,labels"));
        Files.createDirectories(root.resolve("train_curated"));
        TestWavs.write(root.resolve("test/b.wav"), 100);
        TestWavs.write(root.resolve("test/a.wav"), 100);
        TestWavs.writeLines(root.resolve("test/notes.txt"), List.of("not audio"));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of(), scan.problems());
        assertEquals(List.of("a.wav", "b.wav"), scan.clipsIn("test").stream().map(clip -> clip.fname().fname()).toList());
        assertEquals(SourceLine.of(root.toRealPath().resolve("test/a.wav")), scan.clipsIn("test").get(0).origin());
    }

    @Test
    void brokenSampleSubmissionHeaderFallsBackToTheEightyClasses() throws IOException {
        TestWavs.writeLines(root.resolve("sample_submission.csv"), List.of("fname,Bark,Bark", "a.wav,0,0"));
        TestWavs.writeLines(root.resolve("train_curated.csv"), List.of("fname,labels"));
        Files.createDirectories(root.resolve("train_curated"));
        TestWavs.write(root.resolve("test/a.wav"), 100);

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(Vocabulary.fsd2019(), scan.vocabulary());
        assertEquals(1, scan.problems().size());
        assertEquals(1, scan.problems().get(0).line());
        assertEquals("sample_submission.csv:1: unusable class columns: vocabulary sample_submission.csv: class 'Bark' "
                + "appears twice; using the 80 FSDKaggle2019 classes and listing test/ instead",
                scan.problems().get(0).describe());
        assertEquals(Map.of("test", 1L), scan.clipsPerSplit());
    }

    @Test
    void sampleSubmissionRowsAreCheckedAndListTheTestClips() throws IOException {
        TestWavs.writeLines(root.resolve("sample_submission.csv"),
                List.of("fname,Bark,Meow", "b.wav,0,0", "a.wav,0", ",0,0", "c.wav,0,0"));
        TestWavs.write(root.resolve("test/a.wav"), 100);
        TestWavs.write(root.resolve("test/b.wav"), 100);

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of("Bark", "Meow"), scan.vocabulary().classes());
        assertEquals(List.of("b.wav"), scan.clips().stream().map(clip -> clip.fname().fname()).toList());
        assertEquals(List.of("sample_submission.csv:3: expected 3 fields (fname,Bark,Meow), found 2 (fname a.wav)",
                "sample_submission.csv:4: empty fname",
                "sample_submission.csv:5: missing file test/c.wav (fname c.wav)"),
                scan.problems().stream().map(ImportProblem::describe).toList());
    }
}
