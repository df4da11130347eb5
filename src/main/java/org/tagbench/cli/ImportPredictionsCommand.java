package org.tagbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.bundle.ImportOutcome;
import org.tagbench.app.bundle.PredictionImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-predictions", description = "Store the scores of 'tagbench spark tag --format csv' as the "
        + "predictions of the run they were computed with (Parquet output: './tagbench spark import-predictions').")
final class ImportPredictionsCommand implements Callable<Integer> {
    static final int SHOWN_PROBLEMS = 5;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "CSV", description = "The job's predictions.csv, or the job's output folder holding it.")
    Path input;

    @Option(names = "--bundle-id", description = "The bundle id, when the job's _job.json is not beside the CSV.")
    String bundleId;

    @Override
    public Integer call() throws Exception {
        Path csv = Files.isDirectory(input) ? input.resolve("predictions.csv") : input;
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException(Files.isDirectory(input) && Files.exists(input.resolve("_SUCCESS"))
                    ? input + " holds Parquet output: import it with './tagbench spark import-predictions " + input
                    + " --workspace DIR' (reading Parquet needs the spark module), or rerun the job with --format csv"
                    : csv + ": no such file");
        }
        try (Workspace opened = workspace.open()) {
            ImportOutcome outcome = PredictionImport.importCsv(opened, csv, bundleId);
            outcome.report(SHOWN_PROBLEMS).forEach(System.out::println);
            return outcome.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
