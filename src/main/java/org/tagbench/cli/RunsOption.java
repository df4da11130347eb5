package org.tagbench.cli;

import java.util.ArrayList;
import java.util.List;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.RunRecord;
import picocli.CommandLine.Option;

/** The `--runs ID[,ID...]|latest` option: which runs' predictions a command uses (default: the active ensemble). */
final class RunsOption {
    @Option(names = "--runs", paramLabel = "ID[,ID...]|latest", split = ",",
            description = "Run ids, or 'latest' for the newest finished run (default: the active ensemble, else the newest run).")
    List<String> runs = List.of();

    List<Long> resolve(Workspace workspace) {
        List<Long> ids = new ArrayList<>();
        for (String run : runs) {
            if (run.equals("latest")) {
                ids.add(latestFinished(workspace));
            } else {
                try {
                    ids.add(Long.parseLong(run.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--runs takes run ids or 'latest', not '" + run + "'");
                }
            }
        }
        return ids;
    }

    private static long latestFinished(Workspace workspace) {
        return workspace.store().runs().stream().filter(r -> RunRecord.FINISHED.equals(r.status()))
                .mapToLong(RunRecord::id).max()
                .orElseThrow(() -> new IllegalStateException("no finished run yet: train one with 'tagbench train'"));
    }
}
