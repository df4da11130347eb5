package org.tagbench.app.review;

import org.tagbench.domain.ClipId;

/** One item to review: a label of a clip, how trustworthy it looks (lower = more suspect) and why it is listed. */
public record QueueEntry(ClipId fname, String label, double score, String reason) {}
