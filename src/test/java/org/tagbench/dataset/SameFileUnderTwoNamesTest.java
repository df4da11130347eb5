package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SameFileUnderTwoNamesTest {
    @TempDir
    Path root;

    @Test
    void aSecondNameForAnImportedFileIsReportedNotImportedTwice() throws IOException {
        TestWavs.write(root.resolve("train_curated/a.wav"), 100);
        TestWavs.writeLines(root.resolve("train_curated.csv"),
                List.of("fname,labels", "a.wav,Bark", "./a.wav,Run", "sub/../a.wav,Run"));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(List.of("a.wav"), scan.clips().stream().map(clip -> clip.fname().fname()).toList());
        assertEquals(List.of(
                "train_curated.csv:3: same file as the row at train_curated.csv:2 (one file, two names) (fname ./a.wav)",
                "train_curated.csv:4: same file as the row at train_curated.csv:2 (one file, two names) (fname sub/../a.wav)"),
                scan.problems().stream().map(ImportProblem::describe).toList());
    }
}
