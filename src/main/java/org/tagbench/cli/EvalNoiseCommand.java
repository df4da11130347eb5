package org.tagbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.review.NoiseDetectionReport;
import org.tagbench.app.review.NoiseDetectionService;
import org.tagbench.app.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval-noise", description = "How well the noisy-label queue finds wrong labels, against the true labels of the noisy clips.")
final class EvalNoiseCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    RunsOption runs;

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv", description = "True labels of the noisy clips (fname,labels).")
    Path truth;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            NoiseDetectionReport report = new NoiseDetectionService(opened).evaluate(truth, runs.resolve(opened));
            System.out.println("runs=" + report.runIds() + " labels=" + report.labels() + " errors=" + report.errors());
            for (NoiseDetectionReport.Row row : report.rows()) {
                System.out.printf(Locale.ROOT, "score=%s ap=%.4f p_at_errors=%.4f p_at_5=%.4f p_at_10=%.4f%n",
                        row.score().cliName(), row.averagePrecision(), row.precisionAtErrors(), row.precisionAt5(),
                        row.precisionAt10());
            }
            System.out.println("suggested_missing=" + report.suggestions() + " confirmed=" + report.suggestionsInTruth()
                    + " missing_in_truth=" + report.missingInTruth());
            System.out.println("best=" + report.best().score().cliName());
            return ExitCodes.OK;
        }
    }
}
