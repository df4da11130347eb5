package org.tagbench.ui.browser;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;

/** One line of the clip browser: the clip and its labels; {@code searchKey} is prepared once for fast search. */
public record ClipRow(ClipRecord clip, List<LabelRecord> labels, String searchKey) {
    public static final String UNLABELLED = "unlabelled";
    public static final String TO_REVIEW = "to review";
    public static final String REVIEWED = "reviewed";

    public static ClipRow of(ClipRecord clip, List<LabelRecord> labels) {
        StringBuilder key = new StringBuilder(clip.fname().fname().toLowerCase(Locale.ROOT));
        for (LabelRecord label : labels) {
            key.append('\n').append(label.className().toLowerCase(Locale.ROOT));
        }
        return new ClipRow(clip, List.copyOf(labels), key.toString());
    }

    /** Joins clips with their labels (both as the store lists them) into rows, keeping the clips' order. */
    public static List<ClipRow> join(List<ClipRecord> clips, List<LabelRecord> labels) {
        Map<Long, List<LabelRecord>> byClip = new HashMap<>();
        for (LabelRecord label : labels) {
            byClip.computeIfAbsent(label.clipId(), id -> new ArrayList<>(2)).add(label);
        }
        List<ClipRow> rows = new ArrayList<>(clips.size());
        for (ClipRecord clip : clips) {
            rows.add(of(clip, byClip.getOrDefault(clip.id(), List.of())));
        }
        return rows;
    }

    public ClipId fname() {
        return clip.fname();
    }

    public String split() {
        return clip.split();
    }

    public double duration() {
        return clip.duration();
    }

    /** "unlabelled", "to review" while any label that needs a reviewer (not a curated one) is pending, else "reviewed". */
    public String reviewState() {
        if (labels.isEmpty()) {
            return UNLABELLED;
        }
        for (LabelRecord label : labels) {
            if (label.state() == LabelState.PENDING && label.source() != LabelSource.CURATED) {
                return TO_REVIEW;
            }
        }
        return REVIEWED;
    }
}
