package org.tagbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Import a dataset folder (FSDKaggle2019, FSDKaggle2018, folder per class, plain folder) into a workspace.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DATASET_DIR", description = "The dataset folder.")
    Path dataset;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "Workspace folder (default: DATASET_DIR/.tagbench).")
    Path workspace;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(dataset)) {
            throw new IllegalArgumentException("dataset folder " + dataset.toAbsolutePath() + " does not exist or is not a folder");
        }
        Path target = workspace != null ? workspace : Workspace.defaultFor(dataset);
        try (Workspace opened = Workspace.create(target)) {
            ImportReport report = CliProgress.run("import", context -> ImportService.importDataset(dataset, opened, context));
            Reports.printImport(report, System.out);
            return report.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
