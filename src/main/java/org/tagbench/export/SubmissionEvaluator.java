package org.tagbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.metrics.LwlrapResult;
import org.tagbench.metrics.MapAt3;

/** Scores a submission file against a ground truth file, as Kaggle would. */
public final class SubmissionEvaluator {
    /** Enough names to find the pattern in a mismatch without flooding the message. */
    private static final int NAMES_SHOWN = 5;

    private SubmissionEvaluator() {}

    /**
     * @param classes the class order; null to take it from a FSD2019 submission's header (a 2018 one needs it)
     * @throws CsvFormatException for a malformed file, a submission whose rows are not exactly the truth's clips
     *                            (in any order), or a truth label that is not one of the classes
     */
    public static Evaluation evaluate(Path truthCsv, Path submissionCsv, List<String> classes) throws IOException {
        Submission submission = SubmissionCsv.read(submissionCsv, classes).submission();
        List<TruthCsv.TruthRow> truthRows = TruthCsv.readRows(truthCsv);
        requireSameClips(truthCsv, submissionCsv, truthRows, submission.fnames());

        Map<String, Integer> classIndex = indexOf(submission.classes());
        Map<String, Integer> submissionRow = indexOf(submission.fnames());
        boolean[][] truth = new boolean[truthRows.size()][submission.classes().size()];
        double[][] scores = new double[truthRows.size()][];
        for (int clip = 0; clip < truthRows.size(); clip++) {
            TruthCsv.TruthRow row = truthRows.get(clip);
            for (String label : row.labels()) {
                Integer c = classIndex.get(label);
                if (c == null) {
                    throw new CsvFormatException(truthCsv, row.line(), "label " + label + " is not one of the "
                            + classIndex.size() + " classes of " + submissionCsv);
                }
                truth[clip][c] = true;
            }
            scores[clip] = submission.scores()[submissionRow.get(row.fname())];
        }
        LwlrapResult lwlrap = Lwlrap.compute(truth, scores);
        return new Evaluation(lwlrap.overall(), MapAt3.compute(truth, scores), lwlrap.perClass(),
                submission.classes(), truthRows.size());
    }

    private static void requireSameClips(Path truthCsv, Path submissionCsv, List<TruthCsv.TruthRow> truthRows,
                                         List<String> submitted) throws CsvFormatException {
        Set<String> expected = truthRows.stream().map(TruthCsv.TruthRow::fname).collect(Collectors.toSet());
        Set<String> present = Set.copyOf(submitted);
        List<String> missing = truthRows.stream().map(TruthCsv.TruthRow::fname)
                .filter(fname -> !present.contains(fname)).toList();
        List<String> extra = submitted.stream().filter(fname -> !expected.contains(fname)).toList();
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("rows do not match the clips of " + truthCsv + ":");
        if (!missing.isEmpty()) {
            message.append(' ').append(missing.size()).append(" missing ").append(firstFew(missing));
        }
        if (!extra.isEmpty()) {
            message.append(missing.isEmpty() ? " " : "; ").append(extra.size()).append(" extra ")
                    .append(firstFew(extra));
        }
        throw new CsvFormatException(submissionCsv, message.toString());
    }

    private static String firstFew(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
        return "(" + shown + (names.size() > NAMES_SHOWN ? ", ...)" : ")");
    }

    private static Map<String, Integer> indexOf(List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        return index;
    }
}
