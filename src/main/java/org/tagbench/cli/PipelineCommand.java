package org.tagbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.pipeline.PipelineOutcome;
import org.tagbench.app.pipeline.PipelineRequest;
import org.tagbench.app.pipeline.PipelineService;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pipeline", description = "Run a noisy-label pipeline: warmup (8th place), pseudo (3rd place iterative pseudo-labelling) or pretrain (noisy pre-train, curated fine-tune).")
final class PipelineCommand implements Callable<Integer> {
    @Parameters(paramLabel = "warmup|pseudo|pretrain")
    String pipeline;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    TrainingOptions training;

    @Option(names = "--cap", defaultValue = "" + PipelineRequest.DEFAULT_PER_LABEL_CAP, paramLabel = "N", description = "warmup: at most N selected noisy clips per workspace fold and label, as the 8th place (default: ${DEFAULT-VALUE}).")
    int cap;

    @Option(names = "--fractions", split = ",", paramLabel = "F[,F...]", description = "pseudo: share of noisy clips added per round (default: 0.05,0.10,0.15,0.20,0.25, the 3rd place's 1k..5k of 19.8k: it stops near a quarter; ask for more explicitly).")
    List<Double> fractions;

    @Option(names = "--relabel-target", paramLabel = "LABELS_PER_CLIP", description = "pseudo: relabel the rest from predictions to this mean number of labels per clip (clips with no label above the threshold are dropped), then train once more.")
    Double relabelTarget;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue a pipeline after its last finished stage.")
    Long resume;

    @Override
    public Integer call() throws Exception {
        TrainRequest base = training.request(TrainRequest.names(LabelSource.CURATED), null);
        PipelineRequest request = new PipelineRequest(pipeline, base, cap, fractions, relabelTarget);
        try (Workspace opened = workspace.open()) {
            PipelineService service = new PipelineService(opened);
            PipelineOutcome outcome = CliProgress.run(pipeline, context -> resume == null
                    ? service.run(request, context, TrainCommand::printEpoch)
                    : service.resume(resume, context, TrainCommand::printEpoch));
            for (PipelineOutcome.Stage stage : outcome.stages()) {
                System.out.printf(Locale.ROOT, "stage %-22s run=%d clips=%d oof_lwlrap=%.6f seconds=%.1f%n", stage.name(),
                        stage.runId(), stage.trainingClips(), stage.oofLwlrap(), stage.seconds());
            }
            TrainingService training = new TrainingService(opened);
            Reports.printPipelineIssues(outcome,
                    run -> training.runFolder(run).resolve(TrainingService.CLIP_ISSUES_FILE), System.out);
            System.out.println("ensemble of runs " + outcome.members());
            System.out.println(new RunsService(opened).scores(outcome.runId()).describe());
            System.out.printf(Locale.ROOT, "run=%d oof_lwlrap=%.6f%n", outcome.runId(), outcome.oofLwlrap());
            return ExitCodes.OK;
        }
    }
}
