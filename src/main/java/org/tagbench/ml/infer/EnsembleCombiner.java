package org.tagbench.ml.infer;

import java.util.List;

/**
 * Merges the predictions of several runs for the same clips ({@code [clips][classes]} each, in the
 * same member order every time) into one.
 */
@FunctionalInterface
public interface EnsembleCombiner {
    float[][] combine(List<float[][]> memberPredictions);

    static EnsembleCombiner mean() {
        return Combiners::mean;
    }

    static EnsembleCombiner geometricMean() {
        return Combiners::geometricMean;
    }

    /** Ranks are taken among the clips of one call: combine many clips at once, not one. */
    static EnsembleCombiner rankAverage() {
        return Combiners::rankAverage;
    }
}
