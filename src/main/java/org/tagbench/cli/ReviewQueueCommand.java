package org.tagbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import org.tagbench.app.review.LabelScore;
import org.tagbench.app.review.QueueEntry;
import org.tagbench.app.review.ReviewQueueService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.csv.CsvTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "review-queue", description = "Write the review queue as CSV (fname,label,score,reason), most suspect first.")
final class ReviewQueueCommand implements Callable<Integer> {
    enum Kind { noisy, uncertain }

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    RunsOption runs;

    @Option(names = "--kind", defaultValue = "noisy", description = "noisy (labels most likely wrong first) or uncertain (unlabelled clips the models are least sure about).")
    Kind kind;

    @Option(names = "--score",
            description = "Label score for the noisy queue: rank-precision, clip-lrap, self-confidence, cleanlab-ema (default: the best on the dev corpus, self-confidence).")
    String score;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N")
    int limit;

    @Option(names = "--out", required = true, paramLabel = "QUEUE.csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            ReviewQueueService service = new ReviewQueueService(opened);
            List<Long> runIds = runs.resolve(opened);
            List<QueueEntry> entries = kind == Kind.noisy
                    ? service.noisyQueue(runIds, score == null ? ReviewQueueService.DEFAULT_SCORE : parseScore(score), limit)
                    : service.uncertaintyQueue(runIds, limit);
            try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
                 CSVPrinter csv = CsvTable.printer(writer)) {
                csv.printRecord("fname", "label", "score", "reason");
                for (QueueEntry entry : entries) {
                    csv.printRecord(entry.fname(), entry.label(), String.format(Locale.ROOT, "%.6f", entry.score()), entry.reason());
                }
            }
            System.out.println("queue=" + kind + " entries=" + entries.size() + " out=" + out);
            if (entries.isEmpty()) {
                System.out.println("empty: " + (limit <= 0 ? "--limit is " + limit : kind == Kind.noisy
                        ? service.whyNoisyQueueIsEmpty(runIds) : service.whyUncertaintyQueueIsEmpty(runIds)));
            }
            return ExitCodes.OK;
        }
    }

    static LabelScore parseScore(String name) {
        for (LabelScore candidate : LabelScore.values()) {
            if (candidate.cliName().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown --score '" + name + "': use rank-precision, clip-lrap, self-confidence or cleanlab-ema");
    }
}
