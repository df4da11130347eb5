package org.tagbench.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.csv.CsvTable;
import org.tagbench.domain.LabelSource;

/**
 * FSDKaggle2019: {@code train_curated.csv} + {@code train_curated/}, {@code train_noisy.csv} +
 * {@code train_noisy/}, and {@code test/} listed by {@code sample_submission.csv}, whose header after
 * fname is the vocabulary. Any piece may be missing. Truth files (test_labels.csv,
 * train_noisy_truth.csv) are for evaluation and deliberately never read.
 */
final class Fsd2019Layout {
    static final String CURATED = "train_curated";
    static final String NOISY = "train_noisy";
    static final String TEST = "test";
    static final String SAMPLE_SUBMISSION = "sample_submission.csv";

    private Fsd2019Layout() {}

    static boolean hasTrainingPieces(Path root) {
        return Files.exists(root.resolve(CURATED + ".csv")) || Files.exists(root.resolve(NOISY + ".csv"))
                || Files.isDirectory(root.resolve(CURATED)) || Files.isDirectory(root.resolve(NOISY));
    }

    static ClipCollector collect(Path root) throws IOException {
        Path submissionFile = root.resolve(SAMPLE_SUBMISSION);
        CsvTable submission = Files.isRegularFile(submissionFile) ? CsvTable.read(submissionFile) : null;
        ImportProblem submissionProblem = submission == null ? null : submissionHeaderProblem(submission);
        Vocabulary vocabulary = submission == null || submissionProblem != null
                ? Vocabulary.fsd2019() : vocabularyOf(submission.header());

        ClipCollector clips = new ClipCollector(root, vocabulary);
        if (submissionProblem != null) {
            clips.report(submissionProblem);
        }
        collectLabelled(clips, CURATED, LabelSource.CURATED);
        collectLabelled(clips, NOISY, LabelSource.NOISY);
        UnlabelledSplit.collect(clips, root.resolve(TEST), TEST, submissionProblem == null ? submission : null);
        return clips;
    }

    /** The header must be fname followed by distinct class names; a broken one falls back to the 80 classes. */
    private static ImportProblem submissionHeaderProblem(CsvTable submission) {
        List<String> header = submission.header();
        if (header.isEmpty() && submission.failure() != null) {
            return CsvProblems.failure(submission);
        }
        String reason = null;
        if (header.isEmpty() || !header.get(0).equals("fname") || header.size() < 2) {
            reason = "wrong columns: expected header 'fname,<class>,<class>,...', found '" + String.join(",", header) + "'";
        } else {
            try {
                vocabularyOf(header);
            } catch (IllegalArgumentException e) {
                reason = "unusable class columns: " + e.getMessage();
            }
        }
        return reason == null ? null : ImportProblem.at(new SourceLine(submission.file(), 1), null,
                reason + "; using the 80 FSDKaggle2019 classes and listing test/ instead");
    }

    private static Vocabulary vocabularyOf(List<String> header) {
        List<String> classes = header.subList(1, header.size());
        Vocabulary official = Vocabulary.fsd2019();
        return classes.equals(official.classes()) ? official : new Vocabulary(SAMPLE_SUBMISSION, classes);
    }

    private static void collectLabelled(ClipCollector clips, String split, LabelSource source) {
        Path csv = clips.root().resolve(split + ".csv");
        Path folder = clips.root().resolve(split);
        if (!Files.isRegularFile(csv)) {
            if (Files.isDirectory(folder)) {
                clips.report(SourceLine.of(folder), null,
                        "folder " + split + "/ has no " + split + ".csv beside it; its clips are not imported");
            }
            return;
        }
        LabelsCsv.Content content = LabelsCsv.read(csv);
        content.problems().forEach(clips::report);
        if (!Files.isDirectory(folder)) {
            if (!content.rows().isEmpty()) {
                clips.report(SourceLine.of(csv), null,
                        "folder " + split + "/ not found; " + content.rows().size() + " rows skipped");
            }
            return;
        }
        for (LabelsCsv.Row row : content.rows()) {
            clips.offer(new ClipCollector.Candidate(row.fname(), split, folder, row.labels(), source, row.origin()));
        }
    }
}
