package org.tagbench.app.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.training.PartialPolicy;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.cli.TagbenchCli;
import org.tagbench.testsupport.GeneratedDataset;
import org.tagbench.testsupport.Slow;

/**
 * Issue 14: {@code tagbench predict} and {@code tagbench export submission} skip a test clip whose file became
 * unreadable after import (garbage or deleted), predict the rest, write a row for every clip (a skipped clip's holds
 * the mean of the predicted rows), name the skipped clips with their reasons, and exit with 1 (partial).
 */
@Slow
class PredictionSkipsUnreadableClipsTest {
    @TempDir
    Path dir;

    @Test
    void predictAndExportSkipUnreadableClipsAndStillWriteEveryRow() throws Exception {
        List<GeneratedDataset.Clip> clips = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clips.add(new GeneratedDataset.Clip("c" + i + ".wav", "train_curated",
                    List.of(GeneratedDataset.CLASSES.get(i % 2)), 4000, false, 0, 0, 0, 0));
        }
        for (String name : List.of("t0.wav", "t1.wav", "garbled.wav", "gone.wav")) {
            clips.add(new GeneratedDataset.Clip(name, "test", List.of(), 4000, false, name.length(), 0, 0, 0));
        }
        Path dataset = GeneratedDataset.write(dir.resolve("data"), clips);
        Path ws = dir.resolve("ws");
        try (Workspace workspace = Workspace.create(ws)) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 7L, 2, Map.of(), 0,
                    PartialPolicy.INCLUDE);
            new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { });
        }
        Files.writeString(dataset.resolve("test/garbled.wav"), "not audio at all");
        Files.delete(dataset.resolve("test/gone.wav"));

        Path predicted = dir.resolve("predicted.csv");
        String printed = cli(1, "predict", "--workspace", ws.toString(), "--split", "test", "--out", predicted.toString());
        assertAccount(printed, predicted);

        Path exported = dir.resolve("exported.csv");
        String export = cli(1, "export", "submission", "--workspace", ws.toString(), "--split", "test", "--out",
                exported.toString());
        assertAccount(export, exported);
        assertEquals(Files.readAllLines(predicted), Files.readAllLines(exported), "one prediction path");
    }

    private static void assertAccount(String printed, Path csv) throws Exception {
        assertTrue(printed.contains("skipped   2 clips:"), printed);
        assertTrue(printed.lines().anyMatch(line -> line.startsWith("  garbled.wav: ") && line.contains("garbled.wav")
                && line.length() > "  garbled.wav: ".length() + 5), printed);
        assertTrue(printed.lines().anyMatch(line -> line.startsWith("  gone.wav: ") && line.contains("missing")), printed);
        assertTrue(printed.contains("skipped clips still have a row: the mean of the predicted clips' scores"), printed);
        assertTrue(printed.contains("clips=4 "), printed);

        List<String> rows = Files.readAllLines(csv);
        assertEquals(5, rows.size(), "header and a row for every test clip: " + rows);
        String t0 = scoresOf(rows, "t0.wav");
        String t1 = scoresOf(rows, "t1.wav");
        List<Double> mean = meanRow(t0, t1);
        String[] skippedRow = scoresOf(rows, "garbled.wav").split(",");
        assertEquals(mean.size(), skippedRow.length);
        for (int c = 0; c < skippedRow.length; c++) {
            assertEquals(mean.get(c), Double.parseDouble(skippedRow[c]), 1e-5, "class " + c + " of " + rows);
        }
        assertEquals(scoresOf(rows, "garbled.wav"), scoresOf(rows, "gone.wav"));
        String issues = Files.readString(csv.resolveSibling(csv.getFileName() + ".clip-issues.json"));
        assertTrue(issues.contains("garbled.wav") && issues.contains("gone.wav"), issues);
    }

    private static String scoresOf(List<String> rows, String fname) {
        return rows.stream().filter(row -> row.startsWith(fname + ",")).findFirst().orElseThrow()
                .substring(fname.length() + 1);
    }

    /** The mean of two rows of scores, as the CSV writer prints the mean of the float rows. */
    private static List<Double> meanRow(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        List<Double> mean = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            mean.add((Double.parseDouble(x[i]) + Double.parseDouble(y[i])) / 2);
        }
        return mean;
    }

    private static String cli(int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = TagbenchCli.execute(args);
        } finally {
            System.setOut(original);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, printed);
        return printed;
    }
}
