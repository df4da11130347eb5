package org.tagbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Option(names = "--combine", defaultValue = "mean", description = "mean, geomean, rank or stack (default: ${DEFAULT-VALUE}).")
    String combine;

    @Option(names = "--split", defaultValue = "test", description = "Split to predict (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--oof", description = "Use the runs' stored out-of-fold predictions instead of running the models.")
    boolean outOfFold;

    @Option(names = "--out", required = true, paramLabel = "SUB.csv")
    Path out;

    @Option(names = "--format", defaultValue = "2019", description = "2019 (probabilities) or 2018 (top 3 labels).")
    String format;

    @Option(names = "--device", defaultValue = "auto")
    String device;

    @Override
    public Integer call() throws Exception {
        SubmissionFormat submissionFormat = SubmissionFormat.ofYear(format);
        try (Workspace opened = workspace.open()) {
            PredictionService service = new PredictionService(opened);
            Submission submission = CliProgress.run("predict", context -> service.predict(runs.resolve(opened),
                    Combine.parse(combine), split, outOfFold, device, context));
            SubmissionCsv.write(out, submission, submissionFormat);
            System.out.println("clips=" + submission.fnames().size() + " classes=" + submission.classes().size() + " out=" + out);
            return ExitCodes.OK;
        }
    }
}
