package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import java.util.concurrent.Callable;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = "Show a clip's labels and the history of decisions about them.")
final class HistoryCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "FNAME")
    String fname;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            DecisionService decisions = new DecisionService(opened);
            for (LabelRecord label : decisions.labelsOf(ClipId.of(fname))) {
                System.out.println("label    " + label.className() + " " + label.source().dbName() + " " + label.state().dbName());
            }
            for (Decision decision : decisions.history(ClipId.of(fname))) {
                System.out.println("decision " + decision.id() + " " + decision.decidedAt() + " " + decision.decidedBy() + " "
                        + decision.action().name().toLowerCase(java.util.Locale.ROOT) + " " + decision.className() + " "
                        + (decision.previousState() == null ? "absent" : decision.previousState()) + " -> " + decision.newState());
            }
            return ExitCodes.OK;
        }
    }
}
