package org.tagbench.app.runs;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;

/** Out-of-sample score vectors of clips, averaged over the runs of an ensemble, in the workspace's class order. */
public record ClipScores(List<String> classes, Map<ClipId, double[]> byFname, List<Long> runIds) {

    /** The ensemble's out-of-fold (or never-trained-on) predictions; fails with a hint when there are none. */
    public static ClipScores ofRuns(WorkspaceStore store, List<Long> runIds) {
        if (runIds.isEmpty()) {
            throw new IllegalStateException("no runs to take predictions from: train one ('tagbench train') "
                    + "or make one active");
        }
        Map<ClipId, double[]> sums = new LinkedHashMap<>();
        Map<ClipId, Integer> counts = new LinkedHashMap<>();
        for (long runId : runIds) {
            store.predictions(runId, true).forEach((fname, scores) -> {
                double[] sum = sums.computeIfAbsent(fname, f -> new double[scores.length]);
                for (int c = 0; c < scores.length; c++) {
                    sum[c] += scores[c];
                }
                counts.merge(fname, 1, Integer::sum);
            });
        }
        Map<ClipId, double[]> means = new LinkedHashMap<>();
        sums.forEach((fname, sum) -> {
            int n = counts.get(fname);
            double[] mean = new double[sum.length];
            for (int c = 0; c < sum.length; c++) {
                mean[c] = sum[c] / n;
            }
            means.put(fname, mean);
        });
        return new ClipScores(store.classes(), means, List.copyOf(runIds));
    }

    /** The active ensemble, else the newest finished run. */
    public static List<Long> defaultRuns(WorkspaceStore store) {
        List<Long> active = store.activeRuns().stream().map(RunRecord::id).toList();
        if (!active.isEmpty()) {
            return active;
        }
        List<Long> finished = new ArrayList<>();
        for (RunRecord run : store.runs()) {
            if (RunRecord.FINISHED.equals(run.status())) {
                finished.add(run.id());
            }
        }
        return finished.isEmpty() ? List.of() : List.of(finished.get(finished.size() - 1));
    }
}
