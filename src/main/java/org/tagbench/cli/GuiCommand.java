package org.tagbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.platform.DemoWorkspace;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ui.Gui;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gui", description = "Open the workbench window (the last workspace, or --workspace DIR).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "Workspace folder to open.")
    Path workspace;

    @Override
    public Integer call() {
        Gui.open(workspace);
        return ExitCodes.OK;
    }

    /** `tagbench` with no arguments: the window on the bundled demo dataset, imported first when needed. */
    static int openDemo() throws Exception {
        Path dataset = DemoWorkspace.dataset();
        Path dir = DemoWorkspace.folderFor(dataset);
        if (!Files.isRegularFile(dir.resolve("workspace.db"))) {
            if (!Files.isDirectory(dataset)) {
                throw new IllegalStateException("demo dataset not found at " + dataset);
            }
            try (Workspace workspace = Workspace.create(dir)) {
                CliProgress.run("import demo", context -> ImportService.importDataset(dataset, workspace, context));
            }
        }
        Gui.open(dir);
        return ExitCodes.OK;
    }
}
