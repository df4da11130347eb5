package org.tagbench.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.tagbench.app.ImportReport;
import org.tagbench.app.WorkspaceInfo;
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
        out.printf("changes   %d clips added, %d updated, %d unchanged; %d labels added, %d removed%n",
                outcome.clipsAdded(), outcome.clipsUpdated(), outcome.clipsUnchanged(), outcome.labelsAdded(),
                outcome.labelsRemoved());
        if (!report.problems().isEmpty()) {
            out.println("rejected  " + report.problems().size() + ":");
            for (ImportProblem problem : report.problems()) {
                out.println("  " + problem.describe());
            }
        }
    }

    static void printInfo(WorkspaceInfo info, PrintStream out) {
        out.println("workspace " + info.workspace());
        out.println("dataset   " + info.datasetRoot());
        out.println("classes   " + info.classes());
        out.println("clips     " + joined(info.clips()));
        out.println("labels    " + joined(info.labels()));
        out.println("states    " + joined(info.labelStates()));
        out.println("decisions " + info.decisions());
    }

    static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
