package org.tagbench.crashsafety;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;

/**
 * The process {@link CrashSafetyTest} kills. It opens a run record first (as training does), then does one kind of
 * work, printing a line after each step returns, so the parent knows what was reported stored when it struck.
 * Retraining records its own run, so RETRAIN opens none beforehand.
 * Usage: {@code CrashChild MODE DATASET WORKSPACE}, MODE one of {@link Mode}.
 */
public final class CrashChild {
    /** The kinds of work a kill can interrupt. */
    enum Mode { IMPORT, DECISIONS, RETRAIN }

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        Mode mode = Mode.valueOf(args[0]);
        Path dataset = Path.of(args[1]);
        try (Workspace workspace = Workspace.create(Path.of(args[2]))) {
            if (mode == Mode.RETRAIN) {
                retrain(workspace);
                return;
            }
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

    /** The smallest training that still runs every step: two folds, one epoch, one thread, curated clips only. */
    static TrainRequest tinyTraining() {
        return new TrainRequest("cpu-default", 2, 1, TrainRequest.names(LabelSource.CURATED), null, "cpu", 7L, 1, Map.of());
    }

    private static void retrain(Workspace workspace) throws Exception {
        say("training");
        long runId = new TrainingService(workspace).train(tinyTraining(), JobContext.unattended(),
                report -> say("epoch " + report.fold() + "/" + report.epoch())).runId();
        say("trained " + runId);
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
