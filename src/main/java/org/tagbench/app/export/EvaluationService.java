package org.tagbench.app.export;

import java.io.IOException;
import java.nio.file.Path;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Evaluation;
import org.tagbench.export.SubmissionEvaluator;

/** Scores a submission file against a truth file, matching rows by fname. */
public final class EvaluationService {
    private EvaluationService() {}

    public static Evaluation evaluate(Path truth, Path submission) throws IOException {
        return SubmissionEvaluator.evaluate(truth, submission, null);
    }

    /**
     * The same with the classes of a workspace: a 2018 submission names only each clip's top 3, so the class list it
     * is ranked over has to come from somewhere (a 2019 file's header lists it).
     */
    public static Evaluation evaluate(Path truth, Path submission, Path workspaceDir) throws IOException {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            return SubmissionEvaluator.evaluate(truth, submission, workspace.store().classes());
        }
    }
}
