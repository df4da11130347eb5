package org.tagbench.export;

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
import org.tagbench.dataset.LabelsCsv;
import org.tagbench.testsupport.TestData;

class TruthCsvTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The dev corpus has no commas in fnames, so a naive split of each line gives the same answer. */
    @Test
    void readsTheDevCorpusLabelsLikeANaiveSplit() throws IOException {
        Path labelsFile = TestData.devCorpus().resolve("test_labels.csv");
        Map<String, List<String>> truth = TruthCsv.read(labelsFile);

        List<String> lines = Files.readAllLines(labelsFile);
        assertEquals(lines.size() - 1, truth.size());
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.indexOf(',');
            List<String> expected = List.of(line.substring(comma + 1).replace("\"", "").split(","));
            assertEquals(expected, truth.get(line.substring(0, comma)), line);
        }
        assertTrue(truth.values().stream().anyMatch(labels -> labels.size() > 1), "corpus has multi-label clips");
    }

    @Test
    void reads2018TruthWithExtraColumns() throws IOException {
        Path file = file("train.csv",
                "fname,label,manually_verified\n00044347.wav,Hi-hat,0\n001ca53d.wav,Saxophone,1\n");
        assertEquals(Map.of("00044347.wav", List.of("Hi-hat"), "001ca53d.wav", List.of("Saxophone")),
                TruthCsv.read(file));
    }

    @Test
    void emptyLabelsMeanAClipWithoutLabels() throws IOException {
        Path file = file("t.csv", "fname,labels\na.wav,\nb.wav,Bark\n");
        assertEquals(List.of(), TruthCsv.read(file).get("a.wav"));
    }

    @Test
    void rowsKeepTheirLinesAcrossQuotedLineBreaksAndBlankLines() throws IOException {
        Path file = file("t.csv", "fname,labels\r\n\"a\r\n.wav\",Bark\r\n\r\nb.wav,\"Bark,Meow\"\r\n");
        List<TruthCsv.TruthRow> rows = TruthCsv.readRows(file);
        assertEquals(List.of(new TruthCsv.TruthRow("a\r\n.wav", List.of("Bark"), 2),
                new TruthCsv.TruthRow("b.wav", List.of("Bark", "Meow"), 5)), rows);
    }

    @Test
    void duplicateFnameNamesBothLines() throws IOException {
        Path file = file("t.csv", "\uFEFFfname,labels\na.wav,Bark\nb.wav,Meow\na.wav,Meow\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> TruthCsv.read(file));
        assertEquals(file + ":4: fname a.wav repeated (first on line 2)", e.getMessage());
    }

    /** Import and eval read the labels field with one rule: a file that imports cleanly also evaluates, alike. */
    @Test
    void emptyAndRepeatedLabelsReadAsTheImportReadsThem() throws IOException {
        Path file = file("a.csv", "fname,labels\na.wav,\"Bark,,Meow\"\nb.wav,\"Bark,Bark\"\nc.wav,\"Run,\"\n");

        LabelsCsv.Content imported = LabelsCsv.read(file);
        Map<String, List<String>> truth = TruthCsv.read(file);

        assertEquals(List.of(), imported.problems());
        Map<String, List<String>> importedLabels = new LinkedHashMap<>();
        imported.rows().forEach(row -> importedLabels.put(row.fname(), row.labels()));
        assertEquals(importedLabels, truth);
        assertEquals(List.of("Bark", "Meow"), truth.get("a.wav"));
        assertEquals(List.of("Bark"), truth.get("b.wav"));
        assertEquals(List.of("Run"), truth.get("c.wav"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "fname,labels\na.wav,Bark\nb.wav,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> TruthCsv.read(file));
        assertEquals(file + ":3: not UTF-8 text: this line holds bytes of another encoding (save the file as UTF-8)",
                e.getMessage());
    }

    @Test
    void badRowsAreRefused() throws IOException {
        Path shortRow = file("c.csv", "fname,labels\na.wav\n");
        assertEquals(shortRow + ":2: 1 values, expected 2",
                assertThrows(CsvFormatException.class, () -> TruthCsv.read(shortRow)).getMessage());
    }

    @Test
    void headerMustBeFnameThenLabelOrLabels() throws IOException {
        Path file = file("t.csv", "fname,tags\na.wav,Bark\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> TruthCsv.read(file));
        assertEquals(file + ":1: header must start with fname,labels or fname,label, found [fname, tags]",
                e.getMessage());
    }
}
