package org.tagbench.store;

import org.tagbench.domain.ClipId;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/** A label of a clip: its class, where it came from and what the reviewers decided about it. */
public record LabelRecord(long clipId, ClipId fname, String className, LabelSource source, LabelState state) {
    /** Rejected labels never count as ground truth, whatever their source. */
    public boolean isActive() {
        return state.isActive();
    }
}
