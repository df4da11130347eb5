package org.tagbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.csv.CsvTable;
import org.tagbench.csv.LabelsField;
import org.tagbench.domain.LabelSource;

/**
 * FSDKaggle2018: {@code train.csv} ({@code fname,label,manually_verified}; 1 means curated, 0 noisy)
 * with audio in {@code audio_train/} (or {@code train/}), and test audio in {@code audio_test/} (or
 * {@code test/}) listed by {@code sample_submission.csv} when present, else every audio file there.
 */
final class Fsd2018Layout {
    static final String TRAIN_CSV = "train.csv";
    static final List<String> TRAIN_HEADER = List.of("fname", "label", "manually_verified");
    static final List<String> SUBMISSION_HEADER = List.of("fname", "label");
    static final String TRAIN = "train";
    static final String TEST = "test";
    private static final List<String> TRAIN_FOLDERS = List.of("audio_train", "train");
    private static final List<String> TEST_FOLDERS = List.of("audio_test", "test");

    private Fsd2018Layout() {}

    static boolean hasTrainingPieces(Path root) {
        return Files.exists(root.resolve(TRAIN_CSV)) || Files.isDirectory(root.resolve(TRAIN_FOLDERS.get(0)))
                || Files.isDirectory(root.resolve(TEST_FOLDERS.get(0)));
    }

    static ClipCollector collect(Path root) throws IOException {
        ClipCollector clips = new ClipCollector(root, Vocabulary.fsd2018());
        Path trainCsv = root.resolve(TRAIN_CSV);
        if (Files.isRegularFile(trainCsv)) {
            collectTrain(clips, CsvTable.read(trainCsv), firstFolder(root, TRAIN_FOLDERS));
        }
        collectTest(clips, firstFolder(root, TEST_FOLDERS));
        return clips;
    }

    /** The first of the accepted folder names that exists, else the first name (reported as missing). */
    private static Path firstFolder(Path root, List<String> names) {
        return names.stream().map(root::resolve).filter(Files::isDirectory).findFirst()
                .orElse(root.resolve(names.get(0)));
    }

    private static void collectTrain(ClipCollector clips, CsvTable table, Path folder) {
        ImportProblem headerProblem = CsvProblems.header(table, TRAIN_HEADER);
        if (headerProblem != null) {
            clips.report(headerProblem);
            return;
        }
        if (!Files.isDirectory(folder)) {
            clips.report(SourceLine.of(table.file()), null, "folder " + folder.getFileName() + "/ (or "
                    + TRAIN_FOLDERS.get(1) + "/) not found; " + table.rows().size() + " rows skipped");
            return;
        }
        for (CsvTable.Row row : table.rows()) {
            collectTrainRow(clips, table, row, folder);
        }
        if (table.failure() != null) {
            clips.report(CsvProblems.failure(table));
        }
    }

    private static void collectTrainRow(ClipCollector clips, CsvTable table, CsvTable.Row row, Path folder) {
        String fname = row.field(0);
        List<String> labels = LabelsField.split(row.field(1));
        String verified = row.field(2);
        ImportProblem wrongCount = CsvProblems.format(table, row, fname);
        if (wrongCount != null) {
            clips.report(wrongCount);
        } else if (fname.isEmpty()) {
            clips.report(CsvProblems.origin(row), null, "empty fname");
        } else if (labels.isEmpty()) {
            clips.report(CsvProblems.origin(row), fname, "empty label");
        } else if (!verified.equals("1") && !verified.equals("0")) {
            clips.report(CsvProblems.origin(row), fname, "manually_verified must be 0 or 1, found '" + verified + "'");
        } else {
            LabelSource source = verified.equals("1") ? LabelSource.CURATED : LabelSource.NOISY;
            clips.offer(new ClipCollector.Candidate(fname, TRAIN, folder, labels, source, CsvProblems.origin(row)));
        }
    }

    private static void collectTest(ClipCollector clips, Path folder) throws IOException {
        Path submissionFile = clips.root().resolve(Fsd2019Layout.SAMPLE_SUBMISSION);
        CsvTable listing = null;
        if (Files.isRegularFile(submissionFile)) {
            listing = CsvTable.read(submissionFile);
            ImportProblem headerProblem = CsvProblems.header(listing, SUBMISSION_HEADER);
            if (headerProblem != null) {
                clips.report(headerProblem);
                listing = null;
            }
        }
        UnlabelledSplit.collect(clips, folder, TEST, listing);
    }
}
