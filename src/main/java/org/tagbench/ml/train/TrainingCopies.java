package org.tagbench.ml.train;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tagbench.ml.data.TrainingExample;

/**
 * Augmented copies that only ever train: {@code originalOf[j]} is the index, in the run's example list, of the clip
 * copy j was made from. A copy trains in exactly the folds its original trains in (see
 * {@link FoldAssignment#split(int, int[])}).
 */
public record TrainingCopies(List<TrainingExample> copies, int[] originalOf) {
    public static final TrainingCopies NONE = new TrainingCopies(List.of(), new int[0]);

    public TrainingCopies {
        copies = List.copyOf(copies);
        originalOf = originalOf.clone();
        if (copies.size() != originalOf.length) {
            throw new IllegalArgumentException(copies.size() + " copies but " + originalOf.length + " original indices");
        }
    }

    /**
     * Copies of the originals that have features in {@code copyFeatures} (by fname), each with its original's target,
     * source and weight and named {@code fname#copyK} (K from 1).
     */
    public static TrainingCopies of(List<TrainingExample> originals, Map<ClipId, List<float[][]>> copyFeatures) {
        List<TrainingExample> copies = new ArrayList<>();
        List<Integer> originalOf = new ArrayList<>();
        for (int i = 0; i < originals.size(); i++) {
            TrainingExample original = originals.get(i);
            List<float[][]> features = copyFeatures.getOrDefault(original.fname(), List.of());
            for (int copy = 0; copy < features.size(); copy++) {
                // a copy keeps its original's global-feature input: the copies' own waveforms are not kept
                copies.add(new TrainingExample(ClipId.of(original.fname() + "#copy" + (copy + 1)), features.get(copy),
                        original.target(), original.source(), original.weight(), original.globalInput()));
                originalOf.add(i);
            }
        }
        return new TrainingCopies(copies, originalOf.stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    public int[] originalOf() {
        return originalOf.clone();
    }

    public int size() {
        return copies.size();
    }

    /** The originals followed by the copies: the list the indices of a split with copies point into. */
    List<TrainingExample> after(List<TrainingExample> originals) {
        for (int original : originalOf) {
            if (original < 0 || original >= originals.size()) {
                throw new IllegalArgumentException("a copy of example " + original + ", but there are "
                        + originals.size() + " examples");
            }
        }
        List<TrainingExample> all = new ArrayList<>(originals);
        all.addAll(copies);
        return all;
    }
}
