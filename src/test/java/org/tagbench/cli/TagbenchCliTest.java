package org.tagbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.testsupport.TestData;

/** Drives the commands as a script would: arguments in, stdout and exit code out. */
class TagbenchCliTest {
    @TempDir
    Path dir;

    private CapturedCli cli;

    @BeforeEach
    void captureStdout() {
        cli = new CapturedCli();
    }

    @AfterEach
    void restoreStdout() {
        cli.close();
    }

    private String run(int expectedExit, String... args) {
        return cli.run(expectedExit, args);
    }

    private Path importedDevCorpus() {
        Path workspace = dir.resolve("ws");
        run(0, "import", TestData.devCorpus().toString(), "--workspace", workspace.toString());
        return workspace;
    }

    @Test
    void importThenInfoJsonReportsSplitsClassesAndSources() {
        Path workspace = importedDevCorpus();
        JsonObject info = JsonParser.parseString(run(0, "info", "--workspace", workspace.toString(), "--json")).getAsJsonObject();
        JsonObject clips = info.getAsJsonObject("clips");
        assertEquals(44, clips.get("train_curated").getAsInt());
        assertEquals(24, clips.get("train_noisy").getAsInt());
        assertEquals(34, clips.get("test").getAsInt());
        assertEquals(19, info.get("classes").getAsInt());
        assertTrue(info.getAsJsonObject("labels").get("curated").getAsInt() > 0);
        assertTrue(info.getAsJsonObject("labels").get("noisy").getAsInt() > 0);
    }

    @Test
    void melMatchesLibrosaWithinTheGoldenTolerance() throws Exception {
        Path csv = dir.resolve("mel.csv");
        run(0, "mel", TestData.golden("mel/chirp_1s.wav").toString(), "--preset", "fsd7th8th", "--out", csv.toString());
        List<String> ours = Files.readAllLines(csv);
        List<String> golden = Files.readAllLines(TestData.golden("mel/chirp_1s.fsd7th8th.db.csv"));
        assertEquals(golden.size(), ours.size());
        for (int row = 0; row < golden.size(); row++) {
            String[] expected = golden.get(row).split(",");
            String[] actual = ours.get(row).split(",");
            assertEquals(expected.length, actual.length);
            for (int column = 0; column < expected.length; column++) {
                assertEquals(Double.parseDouble(expected[column]), Double.parseDouble(actual[column]), 0.01,
                        "band " + row + " frame " + column);
            }
        }
    }

    @Test
    void evalPrintsTheMetricAsItsLastLine() throws Exception {
        Path truth = TestData.devCorpus().resolve("test_labels.csv");
        List<String> truthRows = Files.readAllLines(truth);
        List<String> classes = List.of(Files.readAllLines(TestData.devCorpus().resolve("sample_submission.csv")).get(0)
                .split(",")).subList(1, 20);
        StringBuilder submission = new StringBuilder("fname," + String.join(",", classes) + "\n");
        for (String row : truthRows.subList(1, truthRows.size())) {
            String fname = row.substring(0, row.indexOf(','));
            String labels = row.substring(row.indexOf(',') + 1).replace("\"", "");
            submission.append(fname);
            for (String label : classes) {
                submission.append(',').append(List.of(labels.split(",")).contains(label) ? "0.9" : "0.1");
            }
            submission.append('\n');
        }
        Path sub = dir.resolve("sub.csv");
        Files.writeString(sub, submission);
        String printed = run(0, "eval", "--truth", truth.toString(), "--submission", sub.toString());
        List<String> lines = printed.lines().toList();
        assertEquals("lwlrap=1.000000", lines.get(lines.size() - 1));
    }

    @Test
    void aPartialImportExitsWithOneAndAFatalErrorWithTwo() throws Exception {
        Path dataset = dir.resolve("tiny");
        Files.createDirectories(dataset.resolve("train_curated"));
        Files.writeString(dataset.resolve("train_curated.csv"), "fname,labels\nmissing.wav,Bark\n");
        String printed = run(1, "import", dataset.toString());
        assertTrue(printed.contains("train_curated.csv:2: missing file"), printed);
        run(2, "info", "--workspace", dir.resolve("nothing-here").toString());
        run(2, "mel", dir.resolve("none.wav").toString());
        run(2, "import");
        run(2, "import", dir.resolve("no-such-dataset").toString());
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(dir.resolve("no-such-dataset")), "no workspace made for a missing dataset");
    }
}
