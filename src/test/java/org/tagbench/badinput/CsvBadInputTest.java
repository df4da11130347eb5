package org.tagbench.badinput;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.store.LabelRecord;

/**
 * FSDKaggle2019-style datasets whose train_curated.csv is damaged one way per test: each bad row is reported with
 * its file, line and reason, every good row is stored with its labels and features, and each case ends in bounds.
 */
class CsvBadInputTest {
    private static final Duration CASE_LIMIT = Duration.ofSeconds(20);
    private static final String CSV = "train_curated.csv";

    @TempDir
    Path temp;

    /** A bad row as the report must show it: line, the start of the reason, and the fname when there is one. */
    record Expected(long line, String fname, String reasonStart) {}

    private Path dataset;

    private Path newDataset(int goodFiles) throws IOException {
        dataset = Files.createDirectories(temp.resolve("dataset"));
        Path curated = Files.createDirectories(dataset.resolve("train_curated"));
        for (int i = 0; i < goodFiles; i++) {
            Files.write(curated.resolve("good-" + i + ".wav"), AudioCases.goodWav());
        }
        return dataset;
    }

    private void writeCsv(String text) throws IOException {
        Files.write(dataset.resolve(CSV), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports, extracts features and checks the report row by row and every good clip. */
    private ImportRun importAndCheck(Map<String, List<String>> goodLabels, Expected... bad) {
        return assertTimeoutPreemptively(CASE_LIMIT, () -> {
            ImportRun run = ImportRun.of(dataset, temp.resolve("workspace"), 2);
            try {
                List<ImportProblem> problems = run.imported.problems().stream()
                        .filter(problem -> problem.file().getFileName().toString().equals(CSV)).toList();
                String described = String.join("\n", problems.stream().map(ImportProblem::describe).toList());
                assertEquals(bad.length, problems.size(), described);
                for (int i = 0; i < bad.length; i++) {
                    assertReported(bad[i], problems.get(i));
                }
                for (Map.Entry<String, List<String>> good : goodLabels.entrySet()) {
                    assertEquals(ImportRun.Fate.STORED_WITH_FEATURES, run.fateOf(good.getKey()), good.getKey() + "\n" + described);
                    List<String> labels = run.workspace().store().labelsOf(ClipId.of(good.getKey())).stream()
                            .map(LabelRecord::className).sorted().toList();
                    assertEquals(good.getValue().stream().sorted().toList(), labels, good.getKey());
                }
                assertEquals(goodLabels.size(), run.storedClips(), "clips stored besides the good ones\n" + described);
                return run;
            } finally {
                run.close();
            }
        });
    }

    private static void assertReported(Expected expected, ImportProblem problem) {
        String described = problem.describe();
        assertEquals(expected.line(), problem.line(), described);
        assertEquals(expected.fname(), problem.fname(), described);
        assertTrue(problem.reason().startsWith(expected.reasonStart()), "expected reason '" + expected.reasonStart()
                + "...' but the report says: " + described);
        assertTrue(described.startsWith(CSV + ":" + expected.line() + ": "), described);
    }

    private static Map<String, List<String>> good(Object... fnameThenLabels) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (int i = 0; i < fnameThenLabels.length; i += 2) {
            labels.put((String) fnameThenLabels[i], List.of(((String) fnameThenLabels[i + 1]).split(",")));
        }
        return labels;
    }

    @Test
    void byteOrderMarkAndCrlfLineEnds() throws IOException {
        newDataset(3);
        writeCsv("\uFEFFfname,labels\r\ngood-0.wav,Bark\r\ngood-1.wav,\"Bark,Run\"\r\n\r\ngood-2.wav,Run\r\n");
        importAndCheck(good("good-0.wav", "Bark", "good-1.wav", "Bark,Run", "good-2.wav", "Run"));
    }

    @Test
    void quotedCommasInLabelsAndNames() throws IOException {
        newDataset(1);
        Files.write(dataset.resolve("train_curated/with,comma.wav"), AudioCases.goodWav());
        writeCsv("fname,labels\n\"with,comma.wav\",\"Bark, Run ,Bark\"\ngood-0.wav,\"Accordion\"\n");
        importAndCheck(good("with,comma.wav", "Bark,Run", "good-0.wav", "Accordion"));
    }

    @Test
    void missingColumnsInTheHeaderSkipTheFileAndSayWhy() throws IOException {
        newDataset(2);
        writeCsv("fname\ngood-0.wav\ngood-1.wav\n");
        Path noisy = Files.createDirectories(dataset.resolve("train_noisy"));
        Files.write(noisy.resolve("noisy-0.wav"), AudioCases.goodWav());
        Files.writeString(dataset.resolve("train_noisy.csv"), "fname,labels\nnoisy-0.wav,Bark\n");
        importAndCheck(good("noisy-0.wav", "Bark"), new Expected(1, null, "wrong columns: expected header 'fname,labels'"));
    }

    @Test
    void rowsWithMissingOrExtraFields() throws IOException {
        newDataset(4);
        writeCsv("fname,labels\ngood-0.wav\ngood-1.wav,Bark,Run\ngood-2.wav,Bark\n,Bark\ngood-3.wav,Run\n");
        importAndCheck(good("good-2.wav", "Bark", "good-3.wav", "Run"),
                new Expected(2, "good-0.wav", "expected 2 fields (fname,labels), found 1"),
                new Expected(3, "good-1.wav", "expected 2 fields (fname,labels), found 3 (quote a list"),
                new Expected(5, null, "empty fname"));
    }

    @Test
    void unknownClassesAndEmptyLabels() throws IOException {
        newDataset(6);
        writeCsv("fname,labels\ngood-0.wav,Foo\ngood-1.wav,\"Bark,Foo,Baz\"\ngood-2.wav,\ngood-3.wav,\"\"\n"
                + "good-4.wav,\" , \"\ngood-5.wav,bark\n");
        importAndCheck(Map.of(),
                new Expected(2, "good-0.wav", "unknown class 'Foo'"),
                new Expected(3, "good-1.wav", "unknown classes 'Foo', 'Baz'"),
                new Expected(4, "good-2.wav", "empty labels"),
                new Expected(5, "good-3.wav", "empty labels"),
                new Expected(6, "good-4.wav", "empty labels"),
                new Expected(7, "good-5.wav", "unknown class 'bark'"));
    }

    @Test
    void duplicateFnamesKeepTheFirstRow() throws IOException {
        newDataset(2);
        writeCsv("fname,labels\ngood-0.wav,Bark\ngood-1.wav,Run\ngood-0.wav,Run\ngood-0.wav,Bark\n");
        importAndCheck(good("good-0.wav", "Bark", "good-1.wav", "Run"),
                new Expected(4, "good-0.wav", "duplicate fname, first listed at train_curated.csv:2"),
                new Expected(5, "good-0.wav", "duplicate fname, first listed at train_curated.csv:2"));
    }

    @Test
    void pathsThatLeaveTheFolder() throws IOException {
        newDataset(1);
        Files.write(dataset.resolve("escaped.wav"), AudioCases.goodWav());
        Path outside = Files.write(temp.resolve("outside.wav"), AudioCases.goodWav());
        writeCsv("fname,labels\n../escaped.wav,Bark\n" + outside + ",Bark\n../../outside.wav,Bark\n"
                + "nothere.wav,Bark\ngood-0.wav,Bark\n./good-0.wav,Run\n");
        importAndCheck(good("good-0.wav", "Bark"),
                new Expected(2, "../escaped.wav", "fname resolves outside its folder train_curated/"),
                new Expected(3, outside.toString(), "absolute path not allowed as fname"),
                new Expected(4, "../../outside.wav", "fname resolves outside its folder train_curated/"),
                new Expected(5, "nothere.wav", "missing file train_curated/nothere.wav"),
                new Expected(7, "./good-0.wav", "same file as the row at train_curated.csv:6"));
    }

    @Test
    void symlinksThatLeaveTheDatasetAreRefusedAndThoseInsideFollowed() throws IOException {
        newDataset(1);
        Path outside = Files.write(temp.resolve("outside.wav"), AudioCases.goodWav());
        Path outsideFolder = Files.createDirectories(temp.resolve("outside-folder"));
        Files.write(outsideFolder.resolve("inner.wav"), AudioCases.goodWav());
        Path curated = dataset.resolve("train_curated");
        Files.createSymbolicLink(curated.resolve("link-out.wav"), outside);
        Files.createSymbolicLink(curated.resolve("folder-out"), outsideFolder);
        Files.createSymbolicLink(curated.resolve("link-in.wav"), curated.resolve("good-0.wav"));
        Files.createSymbolicLink(curated.resolve("dangling.wav"), temp.resolve("no-such-file.wav"));
        writeCsv("fname,labels\nlink-out.wav,Bark\nfolder-out/inner.wav,Bark\nlink-in.wav,Run\ndangling.wav,Bark\n"
                + "good-0.wav,Bark\n");
        importAndCheck(good("link-in.wav", "Run", "good-0.wav", "Bark"),
                new Expected(2, "link-out.wav", "train_curated/link-out.wav resolves outside the dataset folder"),
                new Expected(3, "folder-out/inner.wav", "train_curated/folder-out/inner.wav resolves outside the dataset folder"),
                new Expected(5, "dangling.wav", "missing file train_curated/dangling.wav"));
    }

    @Test
    void unterminatedQuoteReportsWhereReadingStopped() throws IOException {
        newDataset(2);
        writeCsv("fname,labels\ngood-0.wav,Bark\ngood-1.wav,\"Bark\n");
        importAndCheck(good("good-0.wav", "Bark"), new Expected(3, null, "malformed CSV"));
    }

    @Test
    void emptyAndHeaderOnlyFiles() throws IOException {
        newDataset(1);
        writeCsv("");
        importAndCheck(Map.of(), new Expected(1, null, "wrong columns: expected header 'fname,labels', found an empty file"));
        temp = Files.createDirectories(temp.resolve("second"));
        newDataset(1);
        writeCsv("fname,labels\n");
        importAndCheck(Map.of());
    }

    @Test
    void binaryGarbageInsteadOfCsv() throws IOException {
        newDataset(1);
        byte[] garbage = new byte[5000];
        new Random(11).nextBytes(garbage);
        Files.write(dataset.resolve(CSV), garbage);
        ImportRun run = assertTimeoutPreemptively(CASE_LIMIT, () -> ImportRun.of(dataset, temp.resolve("workspace"), 1));
        try {
            List<String> described = run.imported.problems().stream().map(ImportProblem::describe).toList();
            assertTrue(described.stream().anyMatch(text -> text.startsWith(CSV + ":")), String.join("\n", described));
            assertEquals(0, run.storedClips());
        } finally {
            run.close();
        }
    }

    @Test
    void latin1BytesOnOneLineAreReportedThereAndTheOtherRowsImport() throws IOException {
        newDataset(3);
        byte[] before = "fname,labels\ngood-0.wav,Bark\ngood-1.wav,Caf".getBytes(StandardCharsets.UTF_8);
        byte[] after = "\ngood-2.wav,Run\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, csv, 0, before.length);
        csv[before.length] = (byte) 0xE9; // 'é' in Latin-1, invalid on its own in UTF-8
        System.arraycopy(after, 0, csv, before.length + 1, after.length);
        Files.write(dataset.resolve(CSV), csv);
        importAndCheck(good("good-0.wav", "Bark", "good-2.wav", "Run"),
                new Expected(3, "good-1.wav", "not UTF-8 text"));
    }

    @Test
    void fileNamesThatAreNotUtf8OnDisk() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash to write raw name bytes");
        newDataset(1);
        writeCsv("fname,labels\ngood-0.wav,Bark\n");
        Path test = Files.createDirectories(dataset.resolve("test"));
        Files.write(test.resolve("plain.wav"), AudioCases.goodWav());
        // Java cannot spell a name that is not valid in the file-system encoding; bash's $'\xe9' writes the raw byte.
        Process copy = new ProcessBuilder("/bin/bash", "-c", "cp plain.wav $'caf\\xe9.wav'")
                .directory(test.toFile()).inheritIO().start();
        assertEquals(0, copy.waitFor());
        ImportRun run = assertTimeoutPreemptively(CASE_LIMIT, () -> ImportRun.of(dataset, temp.resolve("workspace"), 1));
        try {
            assertEquals(ImportRun.Fate.STORED_WITH_FEATURES, run.fateOf("good-0.wav"));
            assertEquals(ImportRun.Fate.STORED_WITH_FEATURES, run.fateOf("plain.wav"));
            List<ImportProblem> aboutOddName = run.imported.problems().stream()
                    .filter(problem -> problem.fname() != null && problem.fname().startsWith("caf")).toList();
            boolean stored = run.storedClips() == 3;
            assertTrue(stored || aboutOddName.size() == 1, "the odd name is neither stored nor reported: "
                    + run.imported.problems());
            List<String> allReports = new ArrayList<>(run.features.failures());
            aboutOddName.forEach(problem -> allReports.add(problem.describe()));
            assertTrue(stored ? run.features.failures().isEmpty() : !aboutOddName.get(0).reason().isBlank(),
                    String.join("\n", allReports));
        } finally {
            run.close();
        }
    }
}
