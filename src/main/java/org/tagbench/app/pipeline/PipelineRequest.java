package org.tagbench.app.pipeline;

import java.util.List;
import org.tagbench.app.training.TrainRequest;

/**
 * A noisy-label pipeline as the user asks for it (TECHNIQUES 4.3, 4.6): {@code warmup} (8th place), {@code pseudo}
 * (3rd place iterative pseudo-labelling) or {@code pretrain} (noisy pre-train, curated fine-tune). {@code base} holds
 * the preset and training settings every stage shares.
 *
 * @param perLabelCap      warm-up stage 3: at most this many selected noisy clips per workspace fold and label
 *                         (8th place: 5)
 * @param pseudoFractions  pseudo: the share of noisy clips added in each round, growing (null: 0.05 .. 0.25)
 * @param relabelTarget    pseudo: when set, the remaining noisy clips are relabelled from thresholded predictions so
 *                         that they average this many labels per clip (a clip with no label above the threshold is
 *                         dropped), and a last round trains with them
 */
public record PipelineRequest(String pipeline, TrainRequest base, int perLabelCap, List<Double> pseudoFractions,
                              Double relabelTarget) {
    public static final List<String> KINDS = List.of("warmup", "pseudo", "pretrain");
    /**
     * The 3rd place's rounds: the top 1k, 2k, ... 5k of 19.8k noisy clips, i.e. 5 % more a round, stopping near a
     * quarter of the noisy set (the rest only ever trained relabelled).
     */
    public static final List<Double> DEFAULT_PSEUDO_FRACTIONS = List.of(0.05, 0.10, 0.15, 0.20, 0.25);
    /** The 8th place's warm-up stage 3: at most 5 selected noisy clips per fold and label. */
    public static final int DEFAULT_PER_LABEL_CAP = 5;

    public PipelineRequest {
        if (!KINDS.contains(pipeline)) {
            throw new IllegalArgumentException("unknown pipeline '" + pipeline + "': use warmup, pseudo or pretrain");
        }
        pseudoFractions = pseudoFractions == null || pseudoFractions.isEmpty() ? DEFAULT_PSEUDO_FRACTIONS
                : List.copyOf(pseudoFractions);
        for (double fraction : pseudoFractions) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("pseudo-label fractions lie in (0, 1], got " + fraction);
            }
        }
        if (perLabelCap < 1) {
            throw new IllegalArgumentException("the per-label cap must be at least 1, got " + perLabelCap);
        }
    }

    /** How many training stages the pipeline runs: pretrain 2, warmup 4, pseudo 1 + one per round (+ 1 to relabel). */
    public int stageCount() {
        return switch (pipeline) {
            case "pretrain" -> 2;
            case "warmup" -> 4;
            default -> 1 + pseudoFractions.size() + (relabelTarget == null ? 0 : 1);
        };
    }
}
