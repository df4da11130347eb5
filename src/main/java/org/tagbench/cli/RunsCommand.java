package org.tagbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "runs", description = "List the workspace's runs with their status and lwlrap (out-of-sample predictions on the curated "
        + "clips, labels as they stand now); optionally make some active.")
final class RunsCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    RunsOption runs;

    @Option(names = "--activate", description = "Make the runs named by --runs the active ensemble.")
    boolean activate;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            RunsService service = new RunsService(opened);
            if (activate) {
                List<Long> ids = runs.resolve(opened);
                if (ids.isEmpty()) {
                    throw new IllegalArgumentException("--activate needs --runs ID[,ID...]");
                }
                service.activate(ids);
            }
            System.out.println("id  kind               preset                          status     oof_lwlrap  active  decisions  started");
            for (RunsService.RunSummary summary : service.runs()) {
                RunRecord run = summary.run();
                System.out.printf(Locale.ROOT, "%-3d %-18s %-31s %-10s %-11s %-7s %-10d %s%n", run.id(), run.kind(), run.preset(),
                        run.status(), summary.scores().figure(), run.active() ? "yes" : "", summary.decisionsSeen(),
                        run.startedAt());
                System.out.println("    " + summary.scores().describe());
                if (run.message() != null) {
                    System.out.println("    " + run.message());
                }
            }
            return ExitCodes.OK;
        }
    }
}
