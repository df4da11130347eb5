package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tagbench.app.runs.ClipScores;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.export.TruthCsv;
import org.tagbench.metrics.DetectionQuality;

/**
 * Scores the noisy-label queue against the true labels of the noisy clips (a given label missing from the truth is
 * an error), for every label score, from the same predictions.
 */
public final class NoiseDetectionService {
    private final Workspace workspace;

    public NoiseDetectionService(Workspace workspace) {
        this.workspace = workspace;
    }

    public NoiseDetectionReport evaluate(Path truthCsv, List<Long> runIds) throws IOException {
        Map<ClipId, List<String>> truth = new java.util.LinkedHashMap<>();
        TruthCsv.read(truthCsv).forEach((fname, labels) -> truth.put(ClipId.of(fname), labels));
        List<Long> runs = runIds.isEmpty() ? ClipScores.defaultRuns(workspace.store()) : runIds;
        ReviewQueueService queue = new ReviewQueueService(workspace);
        List<NoiseDetectionReport.Row> rows = new ArrayList<>();
        int labels = 0;
        int errors = 0;
        for (LabelScore score : LabelScore.values()) {
            List<QueueEntry> judged = queue.noisyQueue(runs, score, Integer.MAX_VALUE).stream()
                    .filter(entry -> entry.reason().startsWith("given"))
                    .filter(entry -> truth.containsKey(entry.fname()))
                    .toList();
            double[] suspicion = new double[judged.size()];
            boolean[] isError = new boolean[judged.size()];
            for (int i = 0; i < judged.size(); i++) {
                suspicion[i] = -judged.get(i).score();
                isError[i] = !truth.get(judged.get(i).fname()).contains(judged.get(i).label());
            }
            labels = judged.size();
            errors = countTrue(isError);
            rows.add(new NoiseDetectionReport.Row(score, DetectionQuality.averagePrecision(suspicion, isError),
                    DetectionQuality.precisionAt(errors, suspicion, isError),
                    DetectionQuality.precisionAt(5, suspicion, isError),
                    DetectionQuality.precisionAt(10, suspicion, isError)));
        }
        List<QueueEntry> suggested = queue.noisyQueue(runs, ReviewQueueService.DEFAULT_SCORE, Integer.MAX_VALUE).stream()
                .filter(entry -> entry.reason().startsWith("missing") && truth.containsKey(entry.fname())).toList();
        int confirmed = (int) suggested.stream().filter(entry -> truth.get(entry.fname()).contains(entry.label())).count();
        return new NoiseDetectionReport(labels, errors, rows, runs, suggested.size(), confirmed, missingInTruth(truth));
    }

    private int missingInTruth(Map<ClipId, List<String>> truth) {
        Map<ClipId, java.util.Set<String>> given = new java.util.HashMap<>();
        workspace.store().labels(null).stream().filter(label -> label.source() == LabelSource.NOISY)
                .forEach(label -> given.computeIfAbsent(label.fname(), f -> new java.util.HashSet<>()).add(label.className()));
        int missing = 0;
        for (var entry : truth.entrySet()) {
            java.util.Set<String> labels = given.getOrDefault(entry.getKey(), java.util.Set.of());
            missing += (int) entry.getValue().stream().filter(label -> !labels.contains(label)).count();
        }
        return missing;
    }

    private static int countTrue(boolean[] values) {
        int count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }
}
