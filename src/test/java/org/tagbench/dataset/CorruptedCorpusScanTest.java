package org.tagbench.dataset;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.testsupport.TestData;

/** A copy of the dev corpus with one broken row or file of each kind; the good rows must still import. */
class CorruptedCorpusScanTest {
    private static final String TRUNCATED = "162bec14.wav";  // line 3 of train_curated.csv
    private static final String DUPLICATED = "1401937c.wav"; // line 2 of train_curated.csv

    @TempDir
    static Path workDir;
    private static Path root;
    private static Path outsideWav;
    private static DatasetScan scan;

    @BeforeAll
    static void buildAndScanCorruptedCopy() throws IOException {
        root = workDir.resolve("corpus");
        copyTree(TestData.devCorpus(), root);
        outsideWav = TestWavs.write(workDir.resolve("outside.wav"), 100);
        TestWavs.write(root.resolve("escaped.wav"), 100);
        Files.write(root.resolve("train_curated").resolve(TRUNCATED), new byte[] {'R', 'I', 'F', 'F', 1});
        Files.createSymbolicLink(root.resolve("train_curated/link.wav"), outsideWav);
        TestWavs.write(root.resolve("train_curated/extra.wav"), 100);

        List<String> curated = new ArrayList<>(Files.readAllLines(root.resolve("train_curated.csv")));
        curated.addAll(List.of(
                "extra.wav,Foo",                    // 46 unknown class
                "../escaped.wav,Bark",              // 47 leaves train_curated/
                outsideWav + ",Bark",               // 48 absolute path
                "deadbeef.wav,Bark",                // 49 missing file
                DUPLICATED + ",Bark",               // 50 duplicate within the CSV
                "link.wav,Bark",                    // 51 symlink leaving the root
                "extra.wav,",                       // 52 empty labels
                "extra.wav,Bark,Run",               // 53 unquoted list: three fields
                "extra.wav,\"Bark,Run,Bark\""));    // 54 good: repeated label de-duplicated
        // BOM and CRLF, as a CSV saved on Windows would have them.
        Files.writeString(root.resolve("train_curated.csv"), "\uFEFF" + String.join("\r\n", curated) + "\r\n",
                StandardCharsets.UTF_8);

        List<String> noisy = new ArrayList<>(Files.readAllLines(root.resolve("train_noisy.csv")));
        noisy.set(0, "fname,label");
        TestWavs.writeLines(root.resolve("train_noisy.csv"), noisy);

        List<String> submission = new ArrayList<>(Files.readAllLines(root.resolve("sample_submission.csv")));
        submission.add(DUPLICATED + ",0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"); // 36 duplicate across CSVs
        TestWavs.writeLines(root.resolve("sample_submission.csv"), submission);

        scan = DatasetScanner.scan(root);
    }

    @Test
    void reportsEachBadRowWithItsFileLineAndReason() {
        List<String> expected = List.of(
                "train_curated.csv:3: unreadable audio train_curated/" + TRUNCATED + " (",
                "train_curated.csv:46: unknown class 'Foo' (fname extra.wav)",
                "train_curated.csv:47: fname resolves outside its folder train_curated/ (fname ../escaped.wav)",
                "train_curated.csv:48: absolute path not allowed as fname (fname " + outsideWav + ")",
                "train_curated.csv:49: missing file train_curated/deadbeef.wav (fname deadbeef.wav)",
                "train_curated.csv:50: duplicate fname, first listed at train_curated.csv:2 (fname " + DUPLICATED + ")",
                "train_curated.csv:51: train_curated/link.wav resolves outside the dataset folder",
                "train_curated.csv:52: empty labels (fname extra.wav)",
                "train_curated.csv:53: expected 2 fields (fname,labels), found 3",
                "train_noisy.csv:1: wrong columns: expected header 'fname,labels', found 'fname,label'; file skipped",
                "sample_submission.csv:36: duplicate fname, first listed at train_curated.csv:2 (fname " + DUPLICATED + ")");
        List<String> described = scan.problems().stream().map(ImportProblem::describe).toList();

        assertEquals(expected.size(), described.size(), String.join("\n", described));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(described.get(i).startsWith(expected.get(i)), "expected " + expected.get(i) + "\nbut was " + described.get(i));
        }
    }

    @Test
    void truncatedAudioProblemCarriesTheDecoderReason() {
        ImportProblem truncated = scan.problems().get(0);
        assertEquals(root.resolve("train_curated.csv"), truncated.file());
        assertEquals(TRUNCATED, truncated.fname());
        // The reason constant is the audio package's; any named reason followed by its message will do.
        assertTrue(truncated.reason().matches("unreadable audio train_curated/" + TRUNCATED + " \\([A-Z_]+\\): .+"),
                truncated.reason());
    }

    @Test
    void goodRowsStillImport() {
        assertEquals(Map.of("train_curated", 44L, "test", 34L), scan.clipsPerSplit());
        assertFalse(scan.clips().stream().anyMatch(clip -> clip.fname().equals(ClipId.of(TRUNCATED))));
        DatasetClip duplicated = scan.clips().stream().filter(clip -> clip.fname().equals(ClipId.of(DUPLICATED))).findFirst().orElseThrow();
        assertEquals("train_curated", duplicated.split());
        assertEquals(List.of("Bass_drum"), duplicated.labels());
        DatasetClip extra = scan.clips().stream().filter(clip -> clip.fname().equals(ClipId.of("extra.wav"))).findFirst().orElseThrow();
        assertEquals(List.of("Bark", "Run"), extra.labels());
        assertEquals(54, extra.origin().line());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
