package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.pipeline.PipelineOutcome;
import org.tagbench.app.training.ClipIssues;
import org.tagbench.app.workspace.WorkspaceInfo;
import org.tagbench.dataset.ImportProblem;

/** Plain-text renderings of results for the terminal. */
final class Reports {
    private Reports() {}

    static void printImport(ImportReport report, PrintStream out) {
        out.println("dataset   " + report.datasetRoot() + " (" + report.layout() + ")");
        out.println("workspace " + report.workspaceDir());
        out.println("classes   " + report.classes() + " (" + report.vocabulary() + ")");
        out.println("clips     " + joined(report.clipsPerSplit()));
        out.println("labels    " + joined(report.labelsPerSource()));
        var outcome = report.outcome();
        out.printf("changes   %d clips added, %d updated, %d unchanged, %d removed; %d labels added, %d removed, "
                        + "%d changed source%n", outcome.clipsAdded(), outcome.clipsUpdated(), outcome.clipsUnchanged(),
                outcome.clipsRemoved(), outcome.labelsAdded(), outcome.labelsRemoved(), outcome.labelsResourced());
        printNames("updated", outcome.updated(), out);
        printNames("removed", outcome.removed(), out);
        printNames("kept", outcome.keptMissing(), out);
        if (!outcome.keptMissing().isEmpty()) {
            out.println("          (kept clips left the dataset but carry reviewers' decisions; they are marked missing)");
        }
        if (!report.partialClips().isEmpty()) {
            out.println("partial   " + report.partialClips().size() + " imported with only part of their audio:");
            for (ImportProblem partial : report.partialClips()) {
                out.println("  " + partial.describe());
            }
        }
        if (!report.problems().isEmpty()) {
            out.println("rejected  " + report.problems().size() + ":");
            for (ImportProblem problem : report.problems()) {
                out.println("  " + problem.describe());
            }
        }
    }

    private static final int NAMES_SHOWN = 10;

    private static void printNames(String what, java.util.List<ClipId> names, PrintStream out) {
        if (names.isEmpty()) {
            return;
        }
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())).stream().map(ClipId::fname).toList());
        String more = names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
        out.printf("%-9s %d: %s%s%n", what, names.size(), shown, more);
    }

    private static final int ISSUES_SHOWN = 5;

    /**
     * The end-of-run account of partial and skipped clips: counts, the first few with their reasons, and where the
     * rest are. Printed once at the end, so a progress line cannot overwrite it.
     */
    static void printClipIssues(ClipIssues issues, String used, String whereAll, PrintStream out) {
        if (issues.isEmpty()) {
            return;
        }
        printIssues("partial", issues.partial().size() + " clips " + used + " with only part of their audio",
                issues.partial(), out);
        printIssues("skipped", issues.skipped().size() + " clips", issues.skipped(), out);
        if (issues.partial().size() > ISSUES_SHOWN || issues.skipped().size() > ISSUES_SHOWN) {
            out.println("          (" + whereAll + ")");
        }
    }

    /** Where a training run keeps all its partial and skipped clips. */
    static String whereAllOfRun(long runId, java.nio.file.Path issuesFile) {
        return "all of them are in run " + runId + "'s record and in " + issuesFile;
    }

    /** Each stage's partial and skipped clips under the stage's name; nothing for stages without any. */
    static void printPipelineIssues(PipelineOutcome outcome, java.util.function.LongFunction<java.nio.file.Path> issuesFile,
                                    PrintStream out) {
        for (PipelineOutcome.Stage stage : outcome.stages()) {
            if (!stage.clipIssues().isEmpty()) {
                out.println("stage " + stage.name() + " (run " + stage.runId() + "):");
                printClipIssues(stage.clipIssues(), "trained on", whereAllOfRun(stage.runId(),
                        issuesFile.apply(stage.runId())), out);
            }
        }
    }

    /** A prediction's account: partial and skipped clips, and what the skipped clips' rows hold. */
    static void printPredictionIssues(ClipIssues issues, java.nio.file.Path submission, PrintStream out) {
        printClipIssues(issues, "predicted", "all of them are in " + submission.getFileName() + ".clip-issues.json", out);
        if (!issues.skipped().isEmpty()) {
            out.println("          (skipped clips still have a row: " + PredictionService.SKIPPED_ROW + ")");
        }
    }

    private static void printIssues(String title, String headline, java.util.List<ClipIssues.Issue> issues,
                                    PrintStream out) {
        if (issues.isEmpty()) {
            return;
        }
        out.printf("%-9s %s:%n", title, headline);
        issues.stream().limit(ISSUES_SHOWN).forEach(issue -> out.println("  " + issue));
        if (issues.size() > ISSUES_SHOWN) {
            out.println("  ... and " + (issues.size() - ISSUES_SHOWN) + " more");
        }
    }

    static void printInfo(WorkspaceInfo info, PrintStream out) {
        out.println("workspace " + info.workspace());
        out.println("dataset   " + info.datasetRoot());
        out.println("classes   " + info.classes());
        out.println("clips     " + joined(info.clips()));
        out.println("decoding  " + joined(info.decoding()));
        out.println("labels    " + joined(info.labels()));
        out.println("states    " + joined(info.labelStates()));
        out.println("decisions " + info.decisions());
    }

    static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
