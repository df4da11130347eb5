package org.tagbench.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionCsvTest {
    private static final List<String> CLASSES = List.of("Bark", "Cough", "Hi-hat", "Meow");

    @TempDir
    Path dir;

    private static Submission randomSubmission(int clips, long seed) {
        Random random = new Random(seed);
        List<String> fnames = new ArrayList<>();
        double[][] scores = new double[clips][CLASSES.size()];
        for (int clip = 0; clip < clips; clip++) {
            fnames.add(String.format(Locale.ROOT, "%08x.wav", random.nextInt() & 0x7fffffff));
            for (int c = 0; c < CLASSES.size(); c++) {
                scores[clip][c] = random.nextDouble();
            }
        }
        return new Submission(CLASSES, fnames, scores);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertScoresClose(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int row = 0; row < expected.length; row++) {
            assertArrayEquals(expected[row], actual[row], 1e-6, "row " + row);
        }
    }

    @Test
    void roundTrip2019KeepsOrderAndScores() throws IOException {
        Submission written = randomSubmission(50, 1);
        Path file = dir.resolve("sub.csv");
        SubmissionCsv.write(file, written, SubmissionFormat.FSD2019);

        assertEquals("fname,Bark,Cough,Hi-hat,Meow", Files.readAllLines(file).get(0));
        ReadSubmission read = SubmissionCsv.read(file, CLASSES);
        assertEquals(SubmissionFormat.FSD2019, read.format());
        assertEquals(written.classes(), read.submission().classes());
        assertEquals(written.fnames(), read.submission().fnames());
        assertScoresClose(written.scores(), read.submission().scores());
    }

    @Test
    void scoresKeepSixSignificantDigitsAtEveryMagnitudeAndFloatsExactly() throws IOException {
        Random random = new Random(2);
        double[][] scores = new double[200][CLASSES.size()];
        for (double[] row : scores) {
            for (int c = 0; c < row.length; c++) {
                double value = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 24 - 14);
                // odd columns hold float32 values, as a model's outputs would
                row[c] = c % 2 == 1 ? (float) value : value;
            }
        }
        scores[0] = new double[] {0.0, 1.0, 100.0, (float) 0.1};
        List<String> fnames = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            fnames.add(i + ".wav");
        }
        Path file = dir.resolve("sub.csv");
        SubmissionCsv.write(file, new Submission(CLASSES, fnames, scores), SubmissionFormat.FSD2019);

        double[][] read = SubmissionCsv.read(file, null).submission().scores();
        for (int row = 0; row < scores.length; row++) {
            for (int c = 0; c < CLASSES.size(); c++) {
                assertEquals(scores[row][c], read[row][c], 5e-7 * Math.abs(scores[row][c]), row + "," + c);
                if (c % 2 == 1) {
                    assertEquals(scores[row][c], (float) read[row][c], 0.0, "float " + row + "," + c);
                }
            }
        }
        assertEquals("0.wav,0,1,100,0.100000001", Files.readAllLines(file).get(1));
    }

    @Test
    void numbersUseAPointWhateverTheLocale() throws IOException {
        Locale previous = Locale.getDefault();
        Path file = dir.resolve("sub.csv");
        try {
            Locale.setDefault(Locale.GERMANY);
            SubmissionCsv.write(file, new Submission(List.of("A"), List.of("x.wav"), new double[][] {{0.25}}),
                    SubmissionFormat.FSD2019);
        } finally {
            Locale.setDefault(previous);
        }
        assertEquals(List.of("fname,A", "x.wav,0.25"), Files.readAllLines(file));
    }

    @Test
    void writing2018ListsTheTopThreeBestFirstWithTiesInClassOrder() throws IOException {
        double[][] scores = {{0.1, 0.9, 0.5, 0.7}, {0.5, 0.5, 0.2, 0.5}, {0, 0, 0, 0}};
        Submission submission = new Submission(CLASSES, List.of("a.wav", "b.wav", "c.wav"), scores);
        Path file = dir.resolve("sub2018.csv");
        SubmissionCsv.write(file, submission, SubmissionFormat.FSD2018);

        assertEquals(List.of("fname,label", "a.wav,Cough Meow Hi-hat", "b.wav,Bark Cough Meow",
                "c.wav,Bark Cough Hi-hat"), Files.readAllLines(file));
    }

    @Test
    void reading2018TurnsTheLabelsIntoScoresThreeTwoOne() throws IOException {
        Path file = file("sub2018.csv", "fname,label\na.wav,Meow Bark Cough\nb.wav,Hi-hat\nc.wav,\n");
        ReadSubmission read = SubmissionCsv.read(file, CLASSES);

        assertEquals(SubmissionFormat.FSD2018, read.format());
        assertEquals(List.of("a.wav", "b.wav", "c.wav"), read.submission().fnames());
        assertArrayEquals(new double[] {2, 1, 0, 3}, read.submission().scores()[0]);
        assertArrayEquals(new double[] {0, 0, 3, 0}, read.submission().scores()[1]);
        assertArrayEquals(new double[] {0, 0, 0, 0}, read.submission().scores()[2]);
    }

    @Test
    void roundTrip2018KeepsTheTopThree() throws IOException {
        Submission written = randomSubmission(30, 3);
        Path file = dir.resolve("sub2018.csv");
        SubmissionCsv.write(file, written, SubmissionFormat.FSD2018);
        Path again = dir.resolve("again.csv");
        SubmissionCsv.write(again, SubmissionCsv.read(file, CLASSES).submission(), SubmissionFormat.FSD2018);
        assertEquals(Files.readAllLines(file), Files.readAllLines(again));
    }

    @Test
    void columnsAreMatchedByNameInAnyOrder() throws IOException {
        Submission written = randomSubmission(10, 4);
        List<String> shuffled = new ArrayList<>(CLASSES);
        Collections.reverse(shuffled);
        Path file = dir.resolve("sub.csv");
        SubmissionCsv.write(file, written, SubmissionFormat.FSD2019);

        Submission read = SubmissionCsv.read(file, shuffled).submission();
        assertEquals(shuffled, read.classes());
        for (int row = 0; row < written.scores().length; row++) {
            for (int c = 0; c < CLASSES.size(); c++) {
                int readColumn = shuffled.indexOf(CLASSES.get(c));
                assertEquals(written.scores()[row][c], read.scores()[row][readColumn], 1e-6);
            }
        }
    }

    @Test
    void missingAndUnknownColumnsAreNamed() throws IOException {
        Path file = file("sub.csv", "fname,Bark,Meow,Purr,Hi-hat\na.wav,1,2,3,4\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, CLASSES));
        assertEquals(file + ":1: 1 class columns missing [Cough], 1 unknown columns [Purr]", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(file, e.file());
    }

    @Test
    void repeatedColumnIsRefused() throws IOException {
        Path file = file("sub.csv", "fname,Bark,Bark\na.wav,1,2\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, null));
        assertTrue(e.getMessage().endsWith(":1: repeated columns [Bark]"), e.getMessage());
    }

    @Test
    void wrongValueCountNamesTheLine() throws IOException {
        Path file = file("sub.csv", "fname,Bark,Cough,Hi-hat,Meow\na.wav,1,2,3,4\nb.wav,1,2,3\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, CLASSES));
        assertEquals(file + ":3: 4 values, expected 5", e.getMessage());
    }

    @Test
    void nonNumberCellNamesLineAndColumn() throws IOException {
        Path file = file("sub.csv", "fname,Bark,Cough,Hi-hat,Meow\na.wav,1,2,3,4\n\nb.wav,1,x1,3,4\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, CLASSES));
        assertEquals(file + ":4: column Cough: 'x1' is not a number", e.getMessage());
    }

    @Test
    void nanCellIsRefused() throws IOException {
        Path file = file("sub.csv", "fname,Bark\na.wav,NaN\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, null));
        assertEquals(file + ":2: column Bark: 'NaN' is not a finite number", e.getMessage());
    }

    @Test
    void duplicateFnameNamesBothLines() throws IOException {
        Path file = file("sub.csv", "fname,Bark\na.wav,1\nb.wav,2\na.wav,3\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, null));
        assertEquals(file + ":4: fname a.wav repeated (first on line 2)", e.getMessage());
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException {
        Path file = file("sub.csv", "\uFEFFfname,Bark,Cough\r\na.wav,0.5,0.25\r\nb.wav,1,0\r\n");
        ReadSubmission read = SubmissionCsv.read(file, null);
        assertEquals(SubmissionFormat.FSD2019, read.format());
        assertEquals(List.of("Bark", "Cough"), read.submission().classes());
        assertArrayEquals(new double[] {0.5, 0.25}, read.submission().scores()[0], 0.0);

        Path broken = file("broken.csv", "\uFEFFfname,Bark\r\na.wav,0.5\r\nb.wav,?\r\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(broken, null));
        assertTrue(e.getMessage().startsWith(broken + ":3: "), e.getMessage());
    }

    @Test
    void bad2018RowsAreRefusedWithTheirLine() throws IOException {
        Path unknown = file("a.csv", "fname,label\na.wav,Bark Purr\n");
        assertEquals(unknown + ":2: unknown label 'Purr'",
                assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(unknown, CLASSES)).getMessage());
        Path tooMany = file("b.csv", "fname,label\na.wav,Bark\nb.wav,Bark Cough Meow Hi-hat\n");
        assertEquals(tooMany + ":3: 4 labels, at most 3",
                assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(tooMany, CLASSES)).getMessage());
        Path repeated = file("c.csv", "fname,label\na.wav,Bark Meow Bark\n");
        assertEquals(repeated + ":2: label 'Bark' repeated",
                assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(repeated, CLASSES)).getMessage());
        assertEquals(repeated + ": a 2018 submission (fname,label) needs the class list",
                assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(repeated, null)).getMessage());
    }

    @Test
    void headerMustStartWithFname() throws IOException {
        Path wrong = file("a.csv", "id,Bark\na.wav,1\n");
        assertEquals(wrong + ":1: header must start with fname, found 'id'",
                assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(wrong, null)).getMessage());
        Path onlyFname = file("b.csv", "fname\na.wav\n");
        assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(onlyFname, null));
        Path empty = file("c.csv", "");
        assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(empty, null));
    }

    @Test
    void malformedQuotingIsReportedAsAFormatError() throws IOException {
        Path file = file("sub.csv", "fname,Bark\na.wav,1\n\"b.wav,1\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> SubmissionCsv.read(file, null));
        assertTrue(e.getMessage().startsWith(file + ":3: malformed CSV: "), e.getMessage());
    }

    @Test
    void writeRefusesNonFiniteScoresWithoutLeavingAFile() {
        Submission bad = new Submission(List.of("A", "B"), List.of("x.wav"), new double[][] {{0.5, Double.NaN}});
        Path file = dir.resolve("sub.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SubmissionCsv.write(file, bad, SubmissionFormat.FSD2019));
        assertEquals("score of x.wav, class B is NaN", e.getMessage());
        assertFalse(Files.exists(file));
        assertThrows(IllegalArgumentException.class, () -> SubmissionCsv.write(file, bad, SubmissionFormat.FSD2018));
        assertFalse(Files.exists(file));
    }

    @Test
    void write2018RefusesClassNamesWithSpaces() {
        Submission spaced = new Submission(List.of("Dog bark", "B"), List.of("x.wav"), new double[][] {{0.5, 1}});
        assertThrows(IllegalArgumentException.class,
                () -> SubmissionCsv.write(dir.resolve("s.csv"), spaced, SubmissionFormat.FSD2018));
    }

    @Test
    void submissionRefusesInconsistentShapesAndDuplicates() {
        double[][] oneRow = {{1, 2}};
        assertThrows(IllegalArgumentException.class,
                () -> new Submission(List.of("A", "B"), List.of("x.wav", "y.wav"), oneRow));
        assertThrows(IllegalArgumentException.class,
                () -> new Submission(List.of("A", "B", "C"), List.of("x.wav"), oneRow));
        assertThrows(IllegalArgumentException.class,
                () -> new Submission(List.of("A", "A"), List.of("x.wav"), oneRow));
        assertThrows(IllegalArgumentException.class,
                () -> new Submission(List.of("A", "B"), List.of("x.wav", "x.wav"), new double[][] {{1, 2}, {3, 4}}));
    }
}
