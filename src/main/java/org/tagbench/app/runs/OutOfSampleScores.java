package org.tagbench.app.runs;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.domain.LabelSource;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.metrics.LwlrapResult;
import org.tagbench.store.WorkspaceStore;

/**
 * Runs' out-of-sample predictions (out-of-fold for the clips they trained on, plain predictions for the rest) and how
 * well they rank the curated labels as they stand now, reviewer decisions included. Pipelines score their ensembles
 * with it, and the runs view compares runs with it, so every run is measured on the same clips and labels.
 */
public final class OutOfSampleScores {
    private OutOfSampleScores() {}

    /** The mean of the runs' score vectors, for the clips every run predicted. */
    static Map<ClipId, float[]> mean(List<Map<ClipId, float[]>> runs) {
        Map<ClipId, float[]> mean = new LinkedHashMap<>();
        if (runs.isEmpty()) {
            return mean;
        }
        for (ClipId fname : runs.get(0).keySet()) {
            if (runs.stream().allMatch(p -> p.containsKey(fname))) {
                float[] sum = new float[runs.get(0).get(fname).length];
                runs.forEach(p -> {
                    float[] row = p.get(fname);
                    for (int c = 0; c < sum.length; c++) {
                        sum[c] += row[c] / runs.size();
                    }
                });
                mean.put(fname, sum);
            }
        }
        return mean;
    }

    /** The mean out-of-sample predictions of the given runs. */
    public static Map<ClipId, float[]> ensemble(WorkspaceStore store, List<Long> runIds) {
        return mean(runIds.stream().map(run -> store.predictions(run, true)).toList());
    }

    /** Lwlrap, per class too, of the predictions on the curated clips they cover (classes in the store's order). */
    static LwlrapResult againstCurated(WorkspaceStore store, Map<ClipId, float[]> predictions) {
        return CuratedTruth.of(store).score(predictions).result();
    }

    /** The curated clips with their labels as they stand now, read once to score any number of runs. */
    public record CuratedTruth(List<String> classes, Map<ClipId, boolean[]> flagsByFname) {
        public static CuratedTruth of(WorkspaceStore store) {
            List<String> classes = store.classes();
            Map<ClipId, boolean[]> flags = new LinkedHashMap<>();
            for (TrainingLabels.LabelledClip clip : TrainingLabels.of(store, Set.of(LabelSource.CURATED))) {
                flags.put(clip.clip().fname(), clip.flags(classes));
            }
            return new CuratedTruth(classes, flags);
        }

        /** Lwlrap of the predictions on the curated clips they cover, with how many clips that is. */
        public Scored score(Map<ClipId, float[]> predictions) {
            List<boolean[]> truth = new ArrayList<>();
            List<double[]> scores = new ArrayList<>();
            flagsByFname.forEach((fname, flags) -> {
                float[] predicted = predictions.get(fname);
                if (predicted != null) {
                    truth.add(flags);
                    scores.add(TrainingLabels.toDouble(predicted));
                }
            });
            return new Scored(Lwlrap.compute(truth.toArray(new boolean[0][]), scores.toArray(new double[0][])), truth.size());
        }
    }

    /** An lwlrap and the number of curated clips it was computed on. */
    public record Scored(LwlrapResult result, int clips) {}
}
