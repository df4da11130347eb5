package org.tagbench.export;

/**
 * A submission file as read: its detected format and its scores. For {@link SubmissionFormat#FSD2018} the scores
 * are 3, 2 and 1 for the listed labels (best first) and 0 for every other class, so the metrics rank them.
 */
public record ReadSubmission(SubmissionFormat format, Submission submission) {}
