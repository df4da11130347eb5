package org.tagbench.app.pipeline;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.runs.OutOfSampleScores;
import org.tagbench.ml.infer.ClassWeightStacker;
import org.tagbench.ml.infer.Combiners;
import org.tagbench.store.WorkspaceStore;

/**
 * The stored out-of-sample predictions of an ensemble's members combined as its recipe says, for the clips every member
 * predicted. The stacker is cross-fitted: a curated clip's stacked scores come from a stacker fitted on the other
 * curated clips only, so the ensemble's figure stays computed on clips nothing of it was fitted on.
 */
final class EnsembleCombination {
    /** Parts the curated clips are split into for the stacker's cross-fitting. */
    static final int STACK_FOLDS = 5;
    private static final int STACK_MIN_CLIPS = 10;

    private EnsembleCombination() {}

    static Map<ClipId, float[]> ofStored(WorkspaceStore store, List<Long> members, Combine combine) {
        List<Map<ClipId, float[]>> stored = members.stream().map(run -> store.predictions(run, true)).toList();
        List<ClipId> shared = new ArrayList<>();
        for (ClipId fname : stored.get(0).keySet()) {
            if (stored.stream().allMatch(p -> p.containsKey(fname))) {
                shared.add(fname);
            }
        }
        if (shared.isEmpty()) {
            return Map.of();
        }
        List<float[][]> rows = stored.stream().map(p -> rowsOf(p, shared)).toList();
        float[][] combined = switch (combine) {
            case MEAN -> Combiners.mean(rows);
            case GEOMETRIC_MEAN -> Combiners.geometricMean(rows);
            case RANK -> Combiners.rankAverage(rows);
            case STACK -> crossFittedStack(OutOfSampleScores.CuratedTruth.of(store), shared, rows);
        };
        Map<ClipId, float[]> byName = new LinkedHashMap<>();
        for (int i = 0; i < shared.size(); i++) {
            byName.put(shared.get(i), combined[i]);
        }
        return byName;
    }

    /** Curated clips in {@link #STACK_FOLDS} parts, each stacked by a fit on the others; other clips by a fit on all. */
    static float[][] crossFittedStack(OutOfSampleScores.CuratedTruth truth, List<ClipId> fnames, List<float[][]> rows) {
        List<Integer> curated = new ArrayList<>();
        for (int i = 0; i < fnames.size(); i++) {
            if (truth.flagsByFname().containsKey(fnames.get(i))) {
                curated.add(i);
            }
        }
        if (curated.size() < STACK_MIN_CLIPS) {
            throw new IllegalStateException("stacking needs out-of-fold predictions of every member on at least "
                    + STACK_MIN_CLIPS + " curated clips; the members share " + curated.size());
        }
        float[][] out = new float[fnames.size()][];
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < fnames.size(); i++) {
            if (!truth.flagsByFname().containsKey(fnames.get(i))) {
                others.add(i);
            }
        }
        if (!others.isEmpty()) {
            place(out, others, fit(truth, fnames, rows, curated).combine(pick(rows, others)));
        }
        for (int part = 0; part < STACK_FOLDS; part++) {
            List<Integer> held = new ArrayList<>();
            List<Integer> fitOn = new ArrayList<>();
            for (int k = 0; k < curated.size(); k++) {
                (k % STACK_FOLDS == part ? held : fitOn).add(curated.get(k));
            }
            if (!held.isEmpty()) {
                place(out, held, fit(truth, fnames, rows, fitOn).combine(pick(rows, held)));
            }
        }
        return out;
    }

    private static ClassWeightStacker fit(OutOfSampleScores.CuratedTruth truth, List<ClipId> fnames,
                                          List<float[][]> rows, List<Integer> on) {
        boolean[][] flags = new boolean[on.size()][];
        for (int i = 0; i < on.size(); i++) {
            flags[i] = truth.flagsByFname().get(fnames.get(on.get(i)));
        }
        return ClassWeightStacker.fit(pick(rows, on), flags, ClassWeightStacker.Settings.DEFAULT);
    }

    private static List<float[][]> pick(List<float[][]> rows, List<Integer> indices) {
        return rows.stream().map(member -> {
            float[][] picked = new float[indices.size()][];
            for (int i = 0; i < picked.length; i++) {
                picked[i] = member[indices.get(i)];
            }
            return picked;
        }).toList();
    }

    private static void place(float[][] out, List<Integer> indices, float[][] combined) {
        for (int i = 0; i < indices.size(); i++) {
            out[indices.get(i)] = combined[i];
        }
    }

    private static float[][] rowsOf(Map<ClipId, float[]> predictions, List<ClipId> fnames) {
        float[][] rows = new float[fnames.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = predictions.get(fnames.get(i));
        }
        return rows;
    }
}
