package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "decide", description = "Accept, reject or add a label of a clip; stored at once with who and when.")
final class DecideCommand implements Callable<Integer> {
    enum Verdict { accept, reject, add }

    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "FNAME")
    String fname;

    @Parameters(index = "1", paramLabel = "LABEL")
    String label;

    @Parameters(index = "2", paramLabel = "accept|reject|add")
    Verdict verdict;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the user name).")
    String by = System.getProperty("user.name", "unknown");

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            Decision.Action action = Decision.Action.valueOf(verdict.name().toUpperCase(Locale.ROOT));
            Decision decision = new DecisionService(opened).decide(ClipId.of(fname), label, action, by);
            System.out.println("decision=" + decision.id() + " " + decision.fname() + " " + decision.className() + " "
                    + (decision.previousState() == null ? "absent" : decision.previousState()) + " -> " + decision.newState());
            return ExitCodes.OK;
        }
    }
}
