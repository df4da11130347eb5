package org.tagbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.bundle.BundleExporter;
import org.tagbench.app.bundle.BundleManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export-bundle", description = "Write a finished run (or ensemble run) as a self-contained bundle for "
        + "batch scoring outside the workbench ('tagbench spark tag').")
final class ExportBundleCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    RunsOption runs;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE", description = "A new (or empty) folder for the bundle.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            List<Long> ids = runs.resolve(opened);
            if (ids.size() != 1) {
                throw new IllegalArgumentException("--runs takes exactly one run (an ensemble run stands for its members)");
            }
            BundleManifest manifest = BundleExporter.export(opened, ids.get(0), out);
            System.out.println("bundle=" + manifest.id() + " run=" + manifest.run() + " models="
                    + manifest.root().leaves().size() + " files=" + manifest.files().size() + " out=" + out);
            return ExitCodes.OK;
        }
    }
}
