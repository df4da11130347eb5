package org.tagbench.store;

/** A label of a clip: its class, where it came from and what the reviewers decided about it. */
public record LabelRecord(long clipId, String fname, String className, String source, String state) {
    public static final String PENDING = "pending";
    public static final String ACCEPTED = "accepted";
    public static final String REJECTED = "rejected";

    /** Rejected labels never count as ground truth, whatever their source. */
    public boolean isActive() {
        return !REJECTED.equals(state);
    }
}
