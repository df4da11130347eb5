package org.tagbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.export.ExportOutcome;
import org.tagbench.app.export.ExportService;
import org.tagbench.app.export.SubmissionRequest;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export a submission of a split or the reviewed labels, as the window's File > Export does.",
        subcommands = {ExportCommand.Submission.class, ExportCommand.Labels.class})
final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private static void printWritten(ExportOutcome outcome) {
        System.out.println("clips=" + outcome.rows() + " out=" + outcome.file());
    }

    @Command(name = "submission", description = "Predict a split with the active ensemble (or --runs) and write a "
            + "Kaggle submission; with --truth also print its MAP@3 and, last, its lwlrap.")
    static final class Submission implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        RunsOption runs;

        @Mixin
        SubmissionOptions submission;

        @Option(names = "--truth", paramLabel = "TRUTH.csv", description = "Ground truth (fname,labels) to score the written file against.")
        Path truth;

        @Override
        public Integer call() throws Exception {
            try (Workspace opened = workspace.open()) {
                SubmissionRequest request = new SubmissionRequest(runs.resolve(opened), submission.split,
                        submission.outOfFold, submission.format(), submission.out, truth);
                ExportOutcome outcome = CliProgress.run("export",
                        context -> new ExportService(opened).exportSubmission(request, context));
                Reports.printPredictionIssues(outcome.clipIssues(), outcome.file(), System.out);
                printWritten(outcome);
                outcome.evaluation().ifPresent(Submission::printScores);
                return outcome.clipIssues().skipped().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
            }
        }

        private static void printScores(Evaluation evaluation) {
            System.out.printf(Locale.ROOT, "map3=%.6f%nlwlrap=%.6f%n", evaluation.map3(), evaluation.lwlrap());
        }
    }

    @Command(name = "labels", description = "Write the reviewed labels as FSD fname,labels: accepted and added labels "
            + "and the curated ones not rejected; clips left without labels are omitted.")
    static final class Labels implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--include-pending", description = "Also write the noisy labels nobody has accepted or rejected yet.")
        boolean includePending;

        @Option(names = "--out", required = true, paramLabel = "LABELS.csv")
        Path out;

        @Override
        public Integer call() throws Exception {
            try (Workspace opened = workspace.open()) {
                printWritten(new ExportService(opened).exportLabels(out, includePending));
                return ExitCodes.OK;
            }
        }
    }
}
