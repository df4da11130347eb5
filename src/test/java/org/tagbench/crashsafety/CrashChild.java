package org.tagbench.crashsafety;

import java.nio.file.Path;
import java.util.List;
import org.tagbench.app.ImportService;
import org.tagbench.app.JobContext;
import org.tagbench.app.Workspace;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;

/**
 * The process {@link CrashSafetyTest} kills. It opens a run record first (as training does), then does one kind of
 * work, printing a line after each step returns, so the parent knows what was reported stored when it struck.
 * Usage: {@code CrashChild MODE DATASET WORKSPACE}, MODE one of {@link Mode}.
 */
public final class CrashChild {
    /** The kinds of work a kill can interrupt. Retraining joins these when the training engine lands. */
    enum Mode { IMPORT, DECISIONS }

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.valueOf(args[0]);
        Path dataset = Path.of(args[1]);
        try (Workspace workspace = Workspace.create(Path.of(args[2]))) {
            long run = workspace.store().startRun("crash-test", "none", "{}", "cpu", null);
            say("run " + run);
            switch (mode) {
                case IMPORT -> {
                    ImportService.importDataset(dataset, workspace, JobContext.unattended());
                    say("imported");
                }
                case DECISIONS -> decideForever(workspace);
            }
        }
    }

    /** Accepts and rejects every label in turn, again and again, until killed. */
    private static void decideForever(Workspace workspace) {
        List<LabelRecord> labels = workspace.store().labels(null);
        for (int round = 0; ; round++) {
            for (LabelRecord label : labels) {
                Decision.Action action = (round + label.className().length()) % 2 == 0
                        ? Decision.Action.ACCEPT : Decision.Action.REJECT;
                Decision decision = workspace.store().decide(label.fname(), label.className(), action, "crash-test");
                say("stored " + decision.id() + "\t" + decision.fname() + "\t" + decision.className());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
