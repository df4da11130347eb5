package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fsd2018ScanTest {
    @TempDir
    Path root;

    @Test
    void manuallyVerifiedDecidesCuratedOrNoisyAndEveryRowIsChecked() throws IOException {
        TestWavs.writeLines(root.resolve("train.csv"), List.of("fname,label,manually_verified",
                "00044347.wav,Hi-hat,0",
                "001ca53d.wav,Saxophone,1",
                "0a.wav,Saxophone,2",
                "0b.wav,Burping_and_eructation,1",
                "0c.wav,,1",
                "0d.wav,Bark"));
        for (String name : List.of("00044347.wav", "001ca53d.wav", "0a.wav", "0b.wav", "0c.wav", "0d.wav")) {
            TestWavs.write(root.resolve("audio_train").resolve(name), 100);
        }
        TestWavs.write(root.resolve("audio_test/t2.wav"), 50);
        TestWavs.write(root.resolve("audio_test/t1.wav"), 50);

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(LayoutKind.FSD2018, scan.layout());
        assertEquals(Vocabulary.fsd2018(), scan.vocabulary());
        assertEquals(List.of("00044347.wav NOISY [Hi-hat]", "001ca53d.wav CURATED [Saxophone]"),
                scan.clipsIn("train").stream().map(clip -> clip.fname() + " " + clip.source() + " " + clip.labels()).toList());
        assertEquals(List.of("t1.wav", "t2.wav"), scan.clipsIn("test").stream().map(clip -> clip.fname().fname()).toList());
        assertEquals(List.of(
                "train.csv:4: manually_verified must be 0 or 1, found '2' (fname 0a.wav)",
                "train.csv:5: unknown class 'Burping_and_eructation' (fname 0b.wav)",
                "train.csv:6: empty label (fname 0c.wav)",
                "train.csv:7: expected 3 fields (fname,label,manually_verified), found 2 (fname 0d.wav)"),
                scan.problems().stream().map(ImportProblem::describe).toList());
    }

    @Test
    void acceptsTrainAndTestFolderNamesAndASampleSubmissionListing() throws IOException {
        TestWavs.writeLines(root.resolve("train.csv"), List.of("\uFEFFfname,label,manually_verified", "a.wav,Bark,1"));
        TestWavs.write(root.resolve("train/a.wav"), 100);
        TestWavs.write(root.resolve("test/listed.wav"), 100);
        TestWavs.write(root.resolve("test/unlisted.wav"), 100);
        TestWavs.writeLines(root.resolve("sample_submission.csv"), List.of("fname,label", "listed.wav,Bark Meow Cello"));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of(), scan.problems());
        assertEquals(Map.of("train", 1L, "test", 1L), scan.clipsPerSplit());
        assertEquals("listed.wav", scan.clipsIn("test").get(0).fname().fname());
    }

    @Test
    void wrongTrainHeaderRejectsTheFile() throws IOException {
        TestWavs.writeLines(root.resolve("train.csv"), List.of("fname,labels", "a.wav,Bark"));
        TestWavs.write(root.resolve("audio_train/a.wav"), 100);

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of(), scan.clips());
        assertEquals(List.of("train.csv:1: wrong columns: expected header 'fname,label,manually_verified', "
                + "found 'fname,labels'; file skipped"), scan.problems().stream().map(ImportProblem::describe).toList());
    }
}
