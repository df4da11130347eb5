package org.tagbench.ml.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * Several trained runs (bundles) predicting together, merged by a combiner: a mean, geometric mean,
 * rank average, or a stacker fitted on the runs' out-of-fold predictions.
 */
public final class RunEnsemble implements AutoCloseable {
    private final List<ClipTagger> members;
    private final EnsembleCombiner combiner;

    public RunEnsemble(List<ClipTagger> members, EnsembleCombiner combiner) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one run");
        }
        List<String> classes = members.get(0).classes();
        for (ClipTagger member : members) {
            if (!member.classes().equals(classes)) {
                throw new IllegalArgumentException("ensemble members must share one class list");
            }
        }
        this.members = List.copyOf(members);
        this.combiner = combiner;
    }

    public List<String> classes() {
        return members.get(0).classes();
    }

    public float[] predict(float[][] logMel) {
        return predictAll(java.util.Collections.singletonList(logMel))[0];
    }

    public float[][] predictAll(List<float[][]> logMels) {
        List<float[][]> perMember = new ArrayList<>();
        for (ClipTagger member : members) {
            perMember.add(member.predictAll(logMels));
        }
        return combiner.combine(perMember);
    }

    /** Closes every member. */
    @Override
    public void close() {
        members.forEach(ClipTagger::close);
    }
}
