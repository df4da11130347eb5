package org.tagbench.app.inference;

import org.tagbench.domain.ClipId;
import java.util.List;

/**
 * The active ensemble's view of one clip: every class ranked by score, each marked with whether the clip carries it
 * and whether the model disagrees with the clip's labels there. {@code basis} says where the scores came from.
 */
public record ClipSuggestions(ClipId fname, List<Suggestion> ranked, String basis) {
    public ClipSuggestions {
        ranked = List.copyOf(ranked);
    }

    /**
     * One class for one clip.
     *
     * @param labelled   the clip carries this class as an active (not rejected) label
     * @param disagrees  the model doubts a given label (it ranks a class the clip lacks above it and scores it under
     *                   0.5) or proposes a missing one (its score beats the class's calibrated threshold)
     */
    public record Suggestion(String className, double score, boolean labelled, boolean disagrees) {}

    /** The best-scored classes, at most {@code count}. */
    public List<Suggestion> top(int count) {
        return ranked.subList(0, Math.min(count, ranked.size()));
    }
}
