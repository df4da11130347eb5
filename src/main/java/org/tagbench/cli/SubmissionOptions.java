package org.tagbench.cli;

import java.nio.file.Path;
import org.tagbench.export.SubmissionFormat;
import picocli.CommandLine.Option;

/** What `predict` and `export submission` both write: which split, from fresh or out-of-fold predictions, where, how. */
final class SubmissionOptions {
    @Option(names = "--split", defaultValue = "test", description = "Split to predict (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--oof", description = "Use the runs' stored out-of-fold predictions instead of running the models.")
    boolean outOfFold;

    @Option(names = "--out", required = true, paramLabel = "SUB.csv")
    Path out;

    @Option(names = "--format", defaultValue = "2019", description = "2019 (probabilities) or 2018 (top 3 labels) (default: ${DEFAULT-VALUE}).")
    String format;

    SubmissionFormat format() {
        return SubmissionFormat.ofYear(format);
    }
}
