package org.tagbench.cli;

import java.util.concurrent.Callable;
import org.tagbench.app.ClipIssues;
import org.tagbench.app.Combine;
import org.tagbench.app.PredictionService;
import org.tagbench.app.Workspace;
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
            Submission predicted = CliProgress.run("predict", context -> service.predict(runs.resolve(opened),
                    Combine.parse(combine), submission.split, submission.outOfFold, device, context));
            SubmissionCsv.write(submission.out, predicted, submissionFormat);
            Reports.printClipIssues(ClipIssues.partialAmong(opened.store().clips(submission.split)), "predicted",
                    "tagbench gui: filter Audio = partial", System.out);
            System.out.println("clips=" + predicted.fnames().size() + " classes=" + predicted.classes().size()
                    + " out=" + submission.out);
            return ExitCodes.OK;
        }
    }
}
