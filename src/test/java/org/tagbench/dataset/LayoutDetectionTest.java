package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutDetectionTest {
    @TempDir
    Path root;

    @Test
    void missingFolderOrAFileIsRejectedWithAClearMessage() throws IOException {
        Path missing = root.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetScanner.detect(missing));
        assertEquals("dataset folder " + missing + " does not exist", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetScanner.scan(missing));

        Path file = TestWavs.write(root.resolve("a.wav"), 10);
        e = assertThrows(IllegalArgumentException.class, () -> DatasetScanner.detect(file));
        assertTrue(e.getMessage().endsWith("is not a folder"), e.getMessage());
    }

    @Test
    void anyFsd2019TrainingPieceMeansFsd2019() throws IOException {
        Files.createDirectories(root.resolve("train_noisy"));
        TestWavs.writeLines(root.resolve("train.csv"), List.of("fname,label,manually_verified"));
        assertEquals(LayoutKind.FSD2019, DatasetScanner.detect(root));
    }

    @Test
    void trainCsvOrAudioTrainMeansFsd2018() throws IOException {
        Files.createDirectories(root.resolve("audio_test"));
        assertEquals(LayoutKind.FSD2018, DatasetScanner.detect(root));
    }

    @Test
    void aLoneSampleSubmissionIsToldApartByItsHeader() throws IOException {
        Path submission = TestWavs.writeLines(root.resolve("sample_submission.csv"), List.of("fname,label"));
        assertEquals(LayoutKind.FSD2018, DatasetScanner.detect(root));
        TestWavs.writeLines(submission, List.of("fname,Bark,Meow"));
        assertEquals(LayoutKind.FSD2019, DatasetScanner.detect(root));
    }

    @Test
    void subfoldersWithAudioAndNoAudioAtTheTopMeanFolderPerClass() throws IOException {
        TestWavs.write(root.resolve("Bark/a.wav"), 10);
        TestWavs.writeLines(root.resolve("README.txt"), List.of("classes"));
        assertEquals(LayoutKind.FOLDER_PER_CLASS, DatasetScanner.detect(root));
    }

    @Test
    void audioAtTheTopOrNothingAtAllMeansPlainFolder() throws IOException {
        assertEquals(LayoutKind.PLAIN_FOLDER, DatasetScanner.detect(root));
        Files.createDirectories(root.resolve(".tagbench"));
        TestWavs.write(root.resolve(".tagbench/cache.wav"), 10);
        assertEquals(LayoutKind.PLAIN_FOLDER, DatasetScanner.detect(root));
        TestWavs.write(root.resolve("Bark/a.wav"), 10);
        TestWavs.write(root.resolve("b.WAV"), 10);
        assertEquals(LayoutKind.PLAIN_FOLDER, DatasetScanner.detect(root));
    }
}
