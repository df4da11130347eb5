package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.util.List;

/**
 * What writing an import into the workspace changed. {@code updated} names the clips whose stored row changed,
 * {@code removed} those deleted because their file left the dataset, {@code keptMissing} those whose file left but
 * which stay (marked {@link DecodeStatus#MISSING}) because reviewers decided on their labels.
 * {@code labelsResourced} counts unreviewed labels whose source changed (e.g. a clip moved from noisy to curated).
 */
public record ImportOutcome(int clipsAdded, int clipsUpdated, int clipsUnchanged, int labelsAdded, int labelsRemoved,
                            int labelsResourced, List<ClipId> updated, List<ClipId> removed, List<ClipId> keptMissing) {
    public ImportOutcome {
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        keptMissing = List.copyOf(keptMissing);
    }

    public ImportOutcome(int clipsAdded, int clipsUpdated, int clipsUnchanged, int labelsAdded, int labelsRemoved) {
        this(clipsAdded, clipsUpdated, clipsUnchanged, labelsAdded, labelsRemoved, 0, List.of(), List.of(), List.of());
    }

    public int clipsRemoved() {
        return removed.size();
    }
}
