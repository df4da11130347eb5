package org.tagbench.app.pipeline;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.domain.LabelState;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * Relabels clips from a run's predictions (3rd place's last step, {@code relabelall-replacenan}): one threshold for
 * all classes, chosen so that the clips average the target number of labels; a clip with no class above it is dropped
 * (not given its best class, which would train on the model's guess for a clip it has no opinion on). Decisions still
 * win: an accepted or added label is kept, a rejected one never comes back.
 */
final class PseudoLabels {
    private PseudoLabels() {}

    static Map<ClipId, List<String>> relabel(WorkspaceStore store, long runId, List<ClipId> fnames, double target) {
        List<String> classes = store.classes();
        Map<ClipId, float[]> predictions = store.predictions(runId, true);
        List<ClipId> usable = fnames.stream().filter(predictions::containsKey).toList();
        double threshold = thresholdFor(usable.stream().map(predictions::get).toList(), target);
        Map<ClipId, List<String>> labels = new LinkedHashMap<>();
        for (ClipId fname : usable) {
            List<String> kept = labelsOf(store.labelsOf(fname), predictions.get(fname), classes, threshold);
            if (!kept.isEmpty()) {
                labels.put(fname, kept);
            }
        }
        return labels;
    }

    /** The score above which, over all clips and classes, {@code target} labels per clip remain on average. */
    static double thresholdFor(List<float[]> rows, double target) {
        if (rows.isEmpty()) {
            return 1;
        }
        double[] all = rows.stream().flatMapToDouble(row -> {
            double[] values = new double[row.length];
            for (int i = 0; i < row.length; i++) {
                values[i] = row[i];
            }
            return Arrays.stream(values);
        }).sorted().toArray();
        int keep = (int) Math.max(1, Math.min(all.length, Math.round(target * rows.size())));
        return all[all.length - keep];
    }

    private static List<String> labelsOf(List<LabelRecord> decided, float[] scores, List<String> classes, double threshold) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < scores.length; c++) {
            if (scores[c] >= threshold) {
                labels.add(classes.get(c));
            }
        }
        for (LabelRecord label : decided) {
            if (label.state() == LabelState.REJECTED) {
                labels.remove(label.className());
            } else if (label.state() == LabelState.ACCEPTED && !labels.contains(label.className())) {
                labels.add(label.className());
            }
        }
        return labels;
    }
}
