package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import java.util.List;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;

/** Reviewer decisions on labels: the same use case for the window, the review queue and the CLI. */
public final class DecisionService {
    private final Workspace workspace;

    public DecisionService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Decision decide(ClipId fname, String label, Decision.Action action, String by) {
        List<String> classes = workspace.store().classes();
        if (!classes.isEmpty() && !classes.contains(label)) {
            throw new IllegalArgumentException("'" + label + "' is not a class of this workspace (" + classes.size()
                    + " classes; 'tagbench info --classes' lists them)");
        }
        return workspace.store().decide(fname, label, action, by);
    }

    /** Reverts a decision: the label goes back to the state it had before it. */
    public Decision undo(long decisionId, String by) {
        return workspace.store().revert(decisionId, by);
    }

    public List<LabelRecord> labelsOf(ClipId fname) {
        return workspace.store().labelsOf(fname);
    }

    public List<Decision> history(ClipId fname) {
        return workspace.store().history(fname);
    }
}
