package org.tagbench.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.pipeline.RecipeOutcome;
import org.tagbench.app.pipeline.RecipeService;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.training.CopyReport;
import org.tagbench.app.training.TrainOutcome;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.train.EpochReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", description = "Cross-validated training of a model preset on the workspace's labels, recorded as a run; "
        + "a recipe trains each member and records one ensemble run naming them.")
final class TrainCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    TrainingOptions training;

    @Option(names = "--sources", split = ",", paramLabel = "curated,noisy", description = "Kinds of labelled clips to train on (default: curated,noisy).")
    List<String> sources = List.of(LabelSource.CURATED.dbName(), LabelSource.NOISY.dbName());

    @Option(names = "--init", paramLabel = "RUN", description = "Warm-start each fold from this run's models.")
    Long init;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue an interrupted run from its last checkpoints (a recipe's run: from its last finished member or stage).")
    Long resume;

    @Override
    public Integer call() throws Exception {
        TrainRequest request = training.request(new LinkedHashSet<>(sources), init);
        try (Workspace opened = workspace.open()) {
            RecipeService recipes = new RecipeService(opened);
            if (resume == null ? RecipeService.isRecipe(request.preset()) : recipes.isRecipeRun(resume)) {
                return trainRecipe(opened, recipes, request);
            }
            TrainingService service = new TrainingService(opened);
            TrainOutcome outcome = CliProgress.run("train", context -> resume == null
                    ? service.train(request, context, TrainCommand::printEpoch)
                    : service.resume(resume, context, TrainCommand::printEpoch));
            printCopies(outcome.copies());
            System.out.printf(Locale.ROOT, "trained on %d clips in %.1f s, models in %s%n", outcome.trainingClips(),
                    outcome.seconds(), outcome.bundle());
            Reports.printClipIssues(outcome.clipIssues(), "trained on", Reports.whereAllOfRun(outcome.runId(),
                    service.runFolder(outcome.runId()).resolve(TrainingService.CLIP_ISSUES_FILE)), System.out);
            System.out.println(new RunsService(opened).scores(outcome.runId()).describe());
            System.out.printf(Locale.ROOT, "run=%d oof_lwlrap=%.6f%n", outcome.runId(), outcome.oofLwlrap());
            return ExitCodes.OK;
        }
    }

    /** A recipe: each member as it finishes, then the ensemble run's figure and the same last line as a run's. */
    private Integer trainRecipe(Workspace opened, RecipeService recipes, TrainRequest request) throws Exception {
        RecipeOutcome outcome = CliProgress.run("train", context -> resume == null
                ? recipes.train(request, context, TrainCommand::printEpoch)
                : recipes.resume(resume, context, TrainCommand::printEpoch));
        for (RecipeOutcome.Member member : outcome.members()) {
            System.out.printf(Locale.ROOT, "member %s: run %d oof_lwlrap=%.6f%n", member.name(), member.runId(),
                    member.oofLwlrap());
        }
        System.out.printf(Locale.ROOT, "ensemble of runs %s (%s) in %.1f s%n", outcome.memberRuns(),
                RecipeService.combineOf(opened.store().run(outcome.runId()).orElseThrow()).cliName(), outcome.seconds());
        System.out.println(new RunsService(opened).scores(outcome.runId()).describe());
        System.out.printf(Locale.ROOT, "run=%d oof_lwlrap=%.6f%n", outcome.runId(), outcome.oofLwlrap());
        return ExitCodes.OK;
    }

    private static void printCopies(CopyReport copies) {
        if (copies.copies() > 0 || !copies.failures().isEmpty()) {
            System.out.printf(Locale.ROOT, "augmented copies: %d (%d made, %d from the cache) in %.1f s%n",
                    copies.copies(), copies.made(), copies.cached(), copies.seconds());
            copies.failures().forEach(failure -> System.out.println("  " + failure));
        }
    }

    static void printEpoch(EpochReport report) {
        System.out.println(epochLine(report));
    }

    /** "fold 0 epoch 1 ...": epochs counted from 1, as the progress bar counts them ("fold 0, epoch 1/20"). */
    static String epochLine(EpochReport report) {
        return String.format(Locale.ROOT, "fold %d epoch %d loss=%.4f val_lwlrap=%.4f seconds=%.1f samples_per_s=%.1f%s",
                report.fold(), report.epoch() + 1, report.trainLoss(), report.validationLwlrap(), report.seconds(),
                report.samplesPerSecond(), report.improved() ? " *" : "");
    }
}
