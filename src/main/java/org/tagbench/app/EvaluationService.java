package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tagbench.export.Evaluation;
import org.tagbench.export.SubmissionEvaluator;

/** Scores a submission file against a truth file, matching rows by fname. */
public final class EvaluationService {
    private EvaluationService() {}

    public static Evaluation evaluate(Path truth, Path submission) throws IOException {
        return SubmissionEvaluator.evaluate(truth, submission, null);
    }
}
