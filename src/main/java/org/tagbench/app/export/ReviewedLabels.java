package org.tagbench.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.domain.LabelState;
import org.tagbench.store.LabelRecord;

/**
 * The reviewed result of a workspace, clip by clip, with human decisions winning (docs/decisions/0005): every label a
 * reviewer accepted or added, the curated labels nobody rejected, and, only when asked, the noisy labels nobody has
 * judged yet. Pseudo and model labels count once accepted; rejected labels never. Clips left without labels are absent.
 */
final class ReviewedLabels {
    private ReviewedLabels() {}

    /** fname to its reviewed labels, in the order of {@code labels} (the store lists them by fname, then class). */
    static Map<String, List<String>> of(List<LabelRecord> labels, boolean includePending) {
        Map<String, List<String>> byClip = new LinkedHashMap<>();
        for (LabelRecord label : labels) {
            if (isKept(label, includePending)) {
                byClip.computeIfAbsent(label.fname().fname(), fname -> new ArrayList<>()).add(label.className());
            }
        }
        return byClip;
    }

    static boolean isKept(LabelRecord label, boolean includePending) {
        if (label.state() == LabelState.ACCEPTED) {
            return true;
        }
        if (label.state() != LabelState.PENDING) {
            return false;
        }
        return switch (label.source()) {
            case CURATED, USER -> true;
            case NOISY -> includePending;
            default -> false;
        };
    }
}
