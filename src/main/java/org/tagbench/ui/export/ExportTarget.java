package org.tagbench.ui.export;

import org.tagbench.export.SubmissionFormat;

/** What the export dialog writes; a submission names its Kaggle layout, the reviewed labels have none. */
public enum ExportTarget {
    SUBMISSION_2019("2019 submission (probabilities)", SubmissionFormat.FSD2019, "submission.csv"),
    SUBMISSION_2018("2018 submission (top 3 labels)", SubmissionFormat.FSD2018, "submission-2018.csv"),
    REVIEWED_LABELS("Reviewed labels (fname,labels)", null, "reviewed-labels.csv");

    private final String label;
    private final SubmissionFormat format;
    private final String suggestedFileName;

    ExportTarget(String label, SubmissionFormat format, String suggestedFileName) {
        this.label = label;
        this.format = format;
        this.suggestedFileName = suggestedFileName;
    }

    public boolean isSubmission() {
        return format != null;
    }

    /** The submission layout; only for submissions. */
    public SubmissionFormat format() {
        return format;
    }

    public String suggestedFileName() {
        return suggestedFileName;
    }

    @Override
    public String toString() {
        return label;
    }
}
