package org.tagbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.export.EvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", description = "Score a submission CSV (2019 probabilities or 2018 top-3) against a truth CSV (fname,labels).")
final class EvalCommand implements Callable<Integer> {
    enum Metric { lwlrap, map3 }

    @Option(names = "--truth", required = true, paramLabel = "TRUTH.csv")
    Path truth;

    @Option(names = "--submission", required = true, paramLabel = "SUB.csv")
    Path submission;

    @Option(names = "--metric", defaultValue = "lwlrap", description = "lwlrap or map3 (default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Option(names = "--per-class", description = "Also print the lwlrap of each class.")
    boolean perClass;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR",
            description = "Score over this workspace's classes: needed for a 2018 (fname,label) submission, whose rows name only their top 3.")
    Path workspace;

    @Override
    public Integer call() throws Exception {
        var evaluation = workspace == null ? EvaluationService.evaluate(truth, submission)
                : EvaluationService.evaluate(truth, submission, workspace);
        System.out.println("clips=" + evaluation.clips());
        if (perClass) {
            for (int c = 0; c < evaluation.classes().size(); c++) {
                System.out.printf(Locale.ROOT, "%-40s %.6f%n", evaluation.classes().get(c), evaluation.perClassLwlrap()[c]);
            }
        }
        double value = metric == Metric.lwlrap ? evaluation.lwlrap() : evaluation.map3();
        System.out.printf(Locale.ROOT, "%s=%.6f%n", metric, value);
        return ExitCodes.OK;
    }
}
