package org.tagbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tagbench.app.platform.DemoWorkspace;
import org.tagbench.app.workspace.Workspace;
import picocli.CommandLine.Option;

/** The `--workspace DIR` option shared by commands that read an existing workspace. */
final class WorkspaceOption {
    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "Workspace folder (default: ./.tagbench, else the demo dataset's workspace).")
    Path workspace;

    Workspace open() throws IOException {
        return Workspace.open(resolve());
    }

    Path resolve() {
        if (workspace != null) {
            return workspace;
        }
        Path here = Path.of(Workspace.DEFAULT_FOLDER);
        return Files.isDirectory(here) ? here : DemoWorkspace.folderFor(DemoWorkspace.dataset());
    }
}
