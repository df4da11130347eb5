package org.tagbench.app.workspace;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * The labels training sees, with human decisions winning (docs/decisions/0005): a rejected label is gone, an accepted
 * or added one counts as curated. A clip is noisy while any of its noisy labels is still pending, pseudo-labelled if
 * it carries pseudo labels, curated otherwise; clips left without labels are not trained on.
 */
public final class TrainingLabels {
    private TrainingLabels() {}

    /** A clip with the labels training uses and the kind of supervision they are (curated, noisy or pseudo). */
    public record LabelledClip(ClipRecord clip, List<String> labels, LabelSource kind) {
        /** The labels as a 0/1 vector in the order of {@code classes} (labels outside it are left out). */
        public boolean[] flags(List<String> classes) {
            return TrainingLabels.flags(labels, classes);
        }
    }

    /** A label list as a 0/1 vector in the order of {@code classes} (labels outside it are left out). */
    public static boolean[] flags(List<String> labels, List<String> classes) {
        boolean[] flags = new boolean[classes.size()];
        for (String label : labels) {
            int c = classes.indexOf(label);
            if (c >= 0) {
                flags[c] = true;
            }
        }
        return flags;
    }

    /** The same as training targets. */
    public static float[] targets(List<String> labels, List<String> classes) {
        boolean[] flags = flags(labels, classes);
        float[] targets = new float[flags.length];
        for (int c = 0; c < flags.length; c++) {
            targets[c] = flags[c] ? 1 : 0;
        }
        return targets;
    }

    /** Widens float scores for the metrics, which work in double. */
    public static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    /** Labelled clips of the given kinds (curated, noisy, pseudo), ordered by fname. */
    public static List<LabelledClip> of(WorkspaceStore store, Set<LabelSource> kinds) {
        Map<ClipId, ClipRecord> clips = new LinkedHashMap<>();
        store.clips(null).forEach(clip -> clips.put(clip.fname(), clip));
        Map<ClipId, List<LabelRecord>> byClip = new LinkedHashMap<>();
        for (LabelRecord label : store.labels(null)) {
            byClip.computeIfAbsent(label.fname(), f -> new ArrayList<>()).add(label);
        }
        List<LabelledClip> result = new ArrayList<>();
        byClip.forEach((fname, labels) -> {
            List<String> active = labels.stream().filter(LabelRecord::isActive)
                    .filter(l -> l.source() != LabelSource.MODEL).map(LabelRecord::className).toList();
            LabelSource kind = kindOf(labels);
            if (!active.isEmpty() && kinds.contains(kind)) {
                result.add(new LabelledClip(clips.get(fname), active, kind));
            }
        });
        result.sort((a, b) -> a.clip().fname().compareTo(b.clip().fname()));
        return result;
    }

    private static LabelSource kindOf(List<LabelRecord> labels) {
        boolean pendingNoisy = labels.stream().anyMatch(l -> l.source() == LabelSource.NOISY && l.state() == LabelState.PENDING);
        if (pendingNoisy) {
            return LabelSource.NOISY;
        }
        boolean pseudo = labels.stream().anyMatch(l -> l.source() == LabelSource.PSEUDO && l.state() == LabelState.PENDING);
        return pseudo ? LabelSource.PSEUDO : LabelSource.CURATED;
    }
}
