package org.tagbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.platform.DemoWorkspace;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.workspace.WorkspaceInfo;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "Import the bundled demo dataset (datasets/demo) and show its workspace.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path dataset = DemoWorkspace.dataset();
        if (!Files.isDirectory(dataset)) {
            throw new IllegalStateException("demo dataset not found at " + dataset);
        }
        try (Workspace workspace = Workspace.create(DemoWorkspace.folderFor(dataset))) {
            var report = CliProgress.run("import demo", context -> ImportService.importDataset(dataset, workspace, context));
            Reports.printImport(report, System.out);
            System.out.println();
            Reports.printInfo(WorkspaceInfo.of(workspace), System.out);
            return report.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
