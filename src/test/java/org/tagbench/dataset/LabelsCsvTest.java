package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCsvTest {
    @TempDir
    Path dir;

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLineAndTheOtherRowsKept() throws IOException {
        Path csv = dir.resolve("train_curated.csv");
        byte[] text = "fname,labels\na.wav,Bark\nb.wav,Caf?\nc.wav,Purr\n".getBytes(StandardCharsets.US_ASCII);
        text[text.length - "?\nc.wav,Purr\n".length()] = (byte) 0xE9; // Latin-1 e-acute: invalid alone in UTF-8
        Files.write(csv, text);

        LabelsCsv.Content content = LabelsCsv.read(csv);

        assertEquals(List.of("a.wav", "c.wav"), content.rows().stream().map(LabelsCsv.Row::fname).toList());
        assertEquals(1, content.problems().size());
        assertEquals(3, content.problems().get(0).line());
        assertEquals("b.wav", content.problems().get(0).fname());
        assertTrue(content.problems().get(0).reason().startsWith("not UTF-8 text"), content.problems().get(0).reason());
    }

    @Test
    void readsBomCrlfQuotedListsAndKeepsTheLineOfEachRow() throws IOException {
        Path csv = dir.resolve("train_curated.csv");
        Files.writeString(csv, "\uFEFFfname,labels\r\n"
                + "a.wav,Bark\r\n"
                + "\r\n"
                + "b.wav,\" Bark , Meow,Bark,\"\r\n"
                + "c.wav,\"Meow,\r\nPurr\"\r\n"
                + "d.wav,Purr", StandardCharsets.UTF_8);

        LabelsCsv.Content content = LabelsCsv.read(csv);

        assertEquals(List.of(), content.problems());
        assertEquals(List.of(
                new LabelsCsv.Row("a.wav", List.of("Bark"), new SourceLine(csv, 2)),
                new LabelsCsv.Row("b.wav", List.of("Bark", "Meow"), new SourceLine(csv, 4)),
                new LabelsCsv.Row("c.wav", List.of("Meow", "Purr"), new SourceLine(csv, 5)),
                new LabelsCsv.Row("d.wav", List.of("Purr"), new SourceLine(csv, 7))), content.rows());
    }

    @Test
    void wrongHeaderRejectsTheWholeFileNamingTheExpectedHeader() throws IOException {
        Path csv = TestWavs.writeLines(dir.resolve("train_noisy.csv"), List.of("fname,label", "a.wav,Bark"));

        LabelsCsv.Content content = LabelsCsv.read(csv);

        assertEquals(List.of(), content.rows());
        assertEquals(List.of(new ImportProblem(csv, 1, null,
                "wrong columns: expected header 'fname,labels', found 'fname,label'; file skipped")), content.problems());
    }

    @Test
    void badRowsAreReportedAndTheRestIsRead() throws IOException {
        Path csv = TestWavs.writeLines(dir.resolve("labels.csv"), List.of("fname,labels",
                "a.wav,Bark,Meow", "b.wav,", ",Bark", "c.wav", "d.wav,\" , \"", "e.wav,Meow"));

        LabelsCsv.Content content = LabelsCsv.read(csv);

        assertEquals(List.of("e.wav"), content.rows().stream().map(LabelsCsv.Row::fname).toList());
        assertEquals(List.of(
                "labels.csv:2: expected 2 fields (fname,labels), found 3 (quote a list of several labels) (fname a.wav)",
                "labels.csv:3: empty labels (fname b.wav)",
                "labels.csv:4: empty fname",
                "labels.csv:5: expected 2 fields (fname,labels), found 1 (fname c.wav)",
                "labels.csv:6: empty labels (fname d.wav)"),
                content.problems().stream().map(ImportProblem::describe).toList());
    }

    @Test
    void unterminatedQuoteStopsReadingWithAProblemAndKeepsEarlierRows() throws IOException {
        Path csv = TestWavs.writeLines(dir.resolve("labels.csv"), List.of("fname,labels", "a.wav,Bark", "b.wav,\"Meow"));

        LabelsCsv.Content content = LabelsCsv.read(csv);

        assertEquals(List.of("a.wav"), content.rows().stream().map(LabelsCsv.Row::fname).toList());
        assertEquals(1, content.problems().size());
        assertEquals(3, content.problems().get(0).line());
        assertTrue(content.problems().get(0).reason().startsWith("malformed CSV: "), content.problems().get(0).reason());
    }

    @Test
    void emptyAndMissingFilesAreProblemsNotExceptions() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertEquals("empty.csv:1: wrong columns: expected header 'fname,labels', found an empty file; file skipped",
                LabelsCsv.read(empty).problems().get(0).describe());
        assertEquals("absent.csv: cannot read: file not found",
                LabelsCsv.read(dir.resolve("absent.csv")).problems().get(0).describe());
    }

    @Test
    void writesKaggleStyleAndReadsBackTheSameLabels() throws IOException {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        labels.put("b.wav", List.of("Walk_and_footsteps", "Slam"));
        labels.put("a.wav", List.of("Bark"));
        Path csv = dir.resolve("curated_labels.csv");

        LabelsCsv.write(csv, labels);

        assertEquals("fname,labels\nb.wav,\"Walk_and_footsteps,Slam\"\na.wav,Bark\n", Files.readString(csv));
        Map<String, List<String>> readBack = new LinkedHashMap<>();
        LabelsCsv.read(csv).rows().forEach(row -> readBack.put(row.fname(), row.labels()));
        assertEquals(labels, readBack);
    }

    @Test
    void refusesToWriteLabelsThatCannotBeReadBack() {
        StringBuilder out = new StringBuilder();
        assertThrows(IllegalArgumentException.class, () -> LabelsCsv.write(out, Map.of("a.wav", List.of("Bark,Meow"))));
        assertThrows(IllegalArgumentException.class, () -> LabelsCsv.write(out, Map.of("a.wav", List.of())));
    }
}
