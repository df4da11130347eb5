package org.tagbench.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.metrics.GoldenCases;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.metrics.LwlrapResult;
import org.tagbench.metrics.MapAt3;
import org.tagbench.testsupport.TestData;

class SubmissionEvaluatorTest {
    @TempDir
    Path dir;

    private final Path truthFile = TestData.devCorpus().resolve("test_labels.csv");
    private List<String> classes;
    private List<String> fnames;
    private boolean[][] truth;

    @BeforeEach
    void loadDevTruth() throws IOException {
        classes = SubmissionCsv.read(TestData.devCorpus().resolve("sample_submission.csv"), null)
                .submission().classes();
        Map<String, List<String>> labels = TruthCsv.read(truthFile);
        fnames = List.copyOf(labels.keySet());
        truth = new boolean[fnames.size()][classes.size()];
        for (int clip = 0; clip < fnames.size(); clip++) {
            for (String label : labels.get(fnames.get(clip))) {
                truth[clip][classes.indexOf(label)] = true;
            }
        }
    }

    private double[][] scoresFromTruth(Function<Boolean, Double> score) {
        double[][] scores = new double[truth.length][classes.size()];
        for (int clip = 0; clip < truth.length; clip++) {
            for (int c = 0; c < classes.size(); c++) {
                scores[clip][c] = score.apply(truth[clip][c]);
            }
        }
        return scores;
    }

    private static int firstLabel(boolean[] labels) {
        return IntStream.range(0, labels.length).filter(c -> labels[c]).findFirst().orElseThrow();
    }

    /** Writes the clips in a shuffled row order and the classes in reverse column order. */
    private Path write2019Shuffled(double[][] scores, long seed) throws IOException {
        List<Integer> rowOrder = new ArrayList<>(IntStream.range(0, fnames.size()).boxed().toList());
        Collections.shuffle(rowOrder, new Random(seed));
        List<String> columns = new ArrayList<>(classes);
        Collections.reverse(columns);
        double[][] shuffled = new double[scores.length][];
        List<String> shuffledNames = new ArrayList<>();
        for (int row = 0; row < rowOrder.size(); row++) {
            int clip = rowOrder.get(row);
            shuffledNames.add(fnames.get(clip));
            shuffled[row] = new double[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                shuffled[row][c] = scores[clip][classes.indexOf(columns.get(c))];
            }
        }
        Path file = dir.resolve("submission.csv");
        SubmissionCsv.write(file, new Submission(columns, shuffledNames, shuffled), SubmissionFormat.FSD2019);
        return file;
    }

    @Test
    void perfectScoresGiveOne() throws IOException {
        Path submission = write2019Shuffled(scoresFromTruth(label -> label ? 0.9 : 0.1), 1);
        Evaluation evaluation = SubmissionEvaluator.evaluate(truthFile, submission, classes);

        assertEquals(1.0, evaluation.lwlrap(), 1e-12);
        assertEquals(1.0, evaluation.map3(), 1e-12);
        assertEquals(classes, evaluation.classes());
        assertEquals(fnames.size(), evaluation.clips());
    }

    @Test
    void reversedScoresScoreLowAndAsComputedDirectly() throws IOException {
        double[][] reversed = scoresFromTruth(label -> label ? 0.1 : 0.9);
        Evaluation evaluation = SubmissionEvaluator.evaluate(truthFile, write2019Shuffled(reversed, 2), classes);

        LwlrapResult direct = Lwlrap.compute(truth, reversed);
        assertEquals(direct.overall(), evaluation.lwlrap(), 1e-12);
        assertArrayEquals(direct.perClass(), evaluation.perClassLwlrap(), 1e-12);
        assertTrue(evaluation.lwlrap() < 0.2, "reversed lwlrap " + evaluation.lwlrap());
        assertEquals(0.0, evaluation.map3(), 0.0);
    }

    @Test
    void randomScoresMatchTheMetricsAndClassesMayComeFromTheHeader() throws IOException {
        Random random = new Random(3);
        double[][] scores = scoresFromTruth(label -> random.nextDouble() + (label ? 0.3 : 0));
        Evaluation evaluation = SubmissionEvaluator.evaluate(truthFile, write2019Shuffled(scores, 3), null);

        List<String> headerOrder = new ArrayList<>(classes);
        Collections.reverse(headerOrder);
        assertEquals(headerOrder, evaluation.classes());
        LwlrapResult direct = Lwlrap.compute(truth, scores);
        assertEquals(direct.overall(), evaluation.lwlrap(), 1e-9);
        assertEquals(MapAt3.compute(truth, scores), evaluation.map3(), 1e-9);
        for (int c = 0; c < classes.size(); c++) {
            assertEquals(direct.perClass()[classes.indexOf(headerOrder.get(c))], evaluation.perClassLwlrap()[c], 1e-9);
        }
    }

    @Test
    void missingAndExtraRowsAreListedWithCounts() throws IOException {
        int kept = fnames.size() - 7;
        List<String> rows = new ArrayList<>(fnames.subList(0, kept));
        rows.add("extra1.wav");
        rows.add("extra2.wav");
        Path submission = dir.resolve("submission.csv");
        SubmissionCsv.write(submission, new Submission(classes, rows, new double[rows.size()][classes.size()]),
                SubmissionFormat.FSD2019);

        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> SubmissionEvaluator.evaluate(truthFile, submission, classes));
        String firstMissing = String.join(", ", fnames.subList(kept, kept + 5));
        assertEquals(submission + ": rows do not match the clips of " + truthFile + ": 7 missing (" + firstMissing
                + ", ...); 2 extra (extra1.wav, extra2.wav)", e.getMessage());
    }

    @Test
    void truthLabelOutsideTheClassesNamesFileLineAndLabel() throws IOException {
        Path truthCsv = Files.writeString(dir.resolve("truth.csv"), "fname,labels\na.wav,Bark\nb.wav,\"Bark,Purr\"\n",
                StandardCharsets.UTF_8);
        Path submission = dir.resolve("submission.csv");
        SubmissionCsv.write(submission, new Submission(List.of("Bark", "Meow"), List.of("b.wav", "a.wav"),
                new double[2][2]), SubmissionFormat.FSD2019);

        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> SubmissionEvaluator.evaluate(truthCsv, submission, null));
        assertEquals(truthCsv + ":3: label Purr is not one of the 2 classes of " + submission, e.getMessage());
    }

    /** 2018: the true label of clip i is listed at place i % 4 (place 3 = not listed), so MAP@3 is known. */
    @Test
    void a2018SubmissionIsScoredByMap3() throws IOException {
        StringBuilder truthCsv = new StringBuilder("fname,label,manually_verified\n");
        StringBuilder submissionCsv = new StringBuilder("fname,label\n");
        double expectedSum = 0;
        int clips = 0;
        for (int clip = 0; clip < fnames.size(); clip++) {
            int label = firstLabel(truth[clip]);
            int place = clip % 4;
            List<String> listed = new ArrayList<>();
            for (int c = 0; listed.size() < 3; c++) {
                if (c != label) {
                    listed.add(classes.get(c));
                }
            }
            if (place < 3) {
                listed.set(place, classes.get(label));
                expectedSum += 1.0 / (place + 1);
            }
            truthCsv.append(fnames.get(clip)).append(',').append(classes.get(label)).append(",1\n");
            submissionCsv.append(fnames.get(clip)).append(',').append(String.join(" ", listed)).append('\n');
            clips++;
        }
        Path truth2018 = Files.writeString(dir.resolve("truth2018.csv"), truthCsv, StandardCharsets.UTF_8);
        Path submission = Files.writeString(dir.resolve("sub2018.csv"), submissionCsv, StandardCharsets.UTF_8);

        Evaluation evaluation = SubmissionEvaluator.evaluate(truth2018, submission, classes);
        assertEquals(expectedSum / clips, evaluation.map3(), 1e-12);
        assertThrows(CsvFormatException.class, () -> SubmissionEvaluator.evaluate(truth2018, submission, null));
    }

    /** The golden `single` case through files: 2019 gives the sklearn lwlrap, 2018 the reference MAP@3. */
    @Test
    void goldenSingleLabelCaseSurvivesBothFileFormats() throws IOException {
        GoldenCases.Case single = GoldenCases.named("single");
        int classCount = single.truth()[0].length;
        List<String> names = IntStream.range(0, classCount).mapToObj(c -> "class" + c).toList();
        List<String> clipNames = IntStream.range(0, single.truth().length).mapToObj(i -> i + ".wav").toList();
        StringBuilder truthCsv = new StringBuilder("fname,label\n");
        for (int clip = 0; clip < clipNames.size(); clip++) {
            int label = firstLabel(single.truth()[clip]);
            truthCsv.append(clipNames.get(clip)).append(',').append(names.get(label)).append('\n');
        }
        Path truthPath = Files.writeString(dir.resolve("truth.csv"), truthCsv, StandardCharsets.UTF_8);
        Submission submission = new Submission(names, clipNames, single.scores());
        Path as2019 = dir.resolve("sub2019.csv");
        Path as2018 = dir.resolve("sub2018.csv");
        SubmissionCsv.write(as2019, submission, SubmissionFormat.FSD2019);
        SubmissionCsv.write(as2018, submission, SubmissionFormat.FSD2018);

        assertEquals(single.expected().lwlrap_sklearn(),
                SubmissionEvaluator.evaluate(truthPath, as2019, null).lwlrap(), 1e-9);
        assertEquals(single.expected().map3(), SubmissionEvaluator.evaluate(truthPath, as2018, names).map3(), 1e-9);
    }
}
