package org.tagbench.app.inference;

import org.tagbench.app.training.ClipIssues;
import org.tagbench.export.Submission;

/**
 * A split's predictions with a row for every clip, and the clips predicted from partial audio or skipped: a skipped
 * clip's row holds {@link PredictionService#SKIPPED_ROW}.
 */
public record Prediction(Submission submission, ClipIssues clipIssues) {}
