package org.tagbench.cli;

import java.util.concurrent.Callable;
import org.tagbench.app.inference.Prediction;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Submission;
import org.tagbench.export.SubmissionCsv;
import org.tagbench.export.SubmissionFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "predict", description = "Predict the clips of a split with one or more runs and write a submission CSV.")
final class PredictCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    RunsOption runs;

    @Mixin
    SubmissionOptions submission;

    @Option(names = "--combine", defaultValue = "mean", description = "mean, geomean, rank or stack (default: ${DEFAULT-VALUE}).")
    String combine;

    @Option(names = "--device", defaultValue = "auto")
    String device;

    @Override
    public Integer call() throws Exception {
        SubmissionFormat submissionFormat = submission.format();
        try (Workspace opened = workspace.open()) {
            PredictionService service = new PredictionService(opened);
            Prediction prediction = CliProgress.run("predict", context -> service.predictSplit(runs.resolve(opened),
                    Combine.parse(combine), submission.split, submission.outOfFold, device, context));
            Submission predicted = prediction.submission();
            SubmissionCsv.write(submission.out, predicted, submissionFormat);
            PredictionService.writeIssuesBeside(submission.out, prediction.clipIssues());
            Reports.printPredictionIssues(prediction.clipIssues(), submission.out, System.out);
            System.out.println("clips=" + predicted.fnames().size() + " classes=" + predicted.classes().size()
                    + " out=" + submission.out);
            return prediction.clipIssues().skipped().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
