package org.tagbench.app.review;

/** The ways the review queue can judge a given label against out-of-fold predictions (lower = more suspect). */
public enum LabelScore {
    /** Precision of the clip's ranking truncated at this label (lwlrap's Prec(s,c)); the 3rd place's idea per label. */
    RANK_PRECISION("rank-precision"),
    /** The per-clip LRAP of all given labels (3rd place selection score), shared by the clip's labels. */
    CLIP_LRAP("clip-lrap"),
    /** cleanlab's self-confidence of this label: the predicted probability of a given class. */
    SELF_CONFIDENCE("self-confidence"),
    /** cleanlab's per-clip EMA (alpha 0.8) of sorted self-confidences, shared by the clip's labels. */
    CLEANLAB_EMA("cleanlab-ema");

    private final String cliName;

    LabelScore(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }
}
