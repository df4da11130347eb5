package org.tagbench.app.export;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tagbench.app.inference.Prediction;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.training.ClipIssues;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dataset.LabelsCsv;
import org.tagbench.export.CsvFormatException;
import org.tagbench.export.Evaluation;
import org.tagbench.export.Submission;
import org.tagbench.export.SubmissionCsv;
import org.tagbench.export.SubmissionEvaluator;
import org.tagbench.export.TruthCsv;
import org.tagbench.store.ClipRecord;

/**
 * What the export dialog and {@code tagbench export} write: a Kaggle submission of a split (scored when a truth file is
 * given, exactly as {@code tagbench eval} would score the written file) and the reviewed labels as FSD
 * {@code fname,labels}.
 */
public final class ExportService {
    private static final String DEVICE = "auto";

    private final Workspace workspace;

    public ExportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Predicts, writes and scores; a truth file is checked before predicting, so a wrong one fails at once. */
    public ExportOutcome exportSubmission(SubmissionRequest request, JobContext context) throws IOException {
        if (request.truth() != null) {
            requireTruthOfSplit(request.truth(), request.split());
        }
        Prediction prediction = new PredictionService(workspace).predictSplit(request.runIds(), Combine.MEAN,
                request.split(), request.outOfFold(), DEVICE, context);
        Submission submission = prediction.submission();
        context.step(1, "writing " + request.out().getFileName());
        SubmissionCsv.write(request.out(), submission, request.format());
        PredictionService.writeIssuesBeside(request.out(), prediction.clipIssues());
        Optional<Evaluation> evaluation = request.truth() == null ? Optional.empty()
                : Optional.of(SubmissionEvaluator.evaluate(request.truth(), request.out(), submission.classes()));
        return new ExportOutcome(request.out(), submission.fnames().size(), evaluation, prediction.clipIssues());
    }

    /** The reviewed labels of every clip (see {@link ReviewedLabels}); pending noisy ones only with includePending. */
    public ExportOutcome exportLabels(Path out, boolean includePending) throws IOException {
        Map<String, List<String>> labels = ReviewedLabels.of(workspace.store().labels(null), includePending);
        LabelsCsv.write(out, labels);
        return new ExportOutcome(out, labels.size(), Optional.empty(), ClipIssues.NONE);
    }

    /** Every truth row names a clip of the split with classes of the workspace, and every clip of the split has one. */
    private void requireTruthOfSplit(Path truth, String split) throws IOException {
        Set<ClipId> clips = new LinkedHashSet<>(workspace.store().clips(split).stream().map(ClipRecord::fname).toList());
        Set<String> classes = Set.copyOf(workspace.store().classes());
        List<TruthCsv.TruthRow> rows = TruthCsv.readRows(truth);
        for (TruthCsv.TruthRow row : rows) {
            if (!clips.remove(ClipId.of(row.fname()))) {
                throw new CsvFormatException(truth, row.line(), "fname " + row.fname() + " is not a clip of split '"
                        + split + "' in this workspace");
            }
            for (String label : row.labels()) {
                if (!classes.contains(label)) {
                    throw new CsvFormatException(truth, row.line(), "label " + label + " is not one of the "
                            + classes.size() + " classes of this workspace");
                }
            }
        }
        if (!clips.isEmpty()) {
            throw new CsvFormatException(truth, "no row for " + clips.size() + " clips of split '" + split
                    + "', such as " + clips.iterator().next());
        }
    }
}
