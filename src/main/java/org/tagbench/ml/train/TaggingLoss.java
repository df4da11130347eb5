package org.tagbench.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * A DJL loss for multi-label tagging with per-clip weights and a separate loss for noisy clips.
 *
 * <p>Labels come as an {@link NDList}: {@code [targets]}, {@code [targets, sampleWeights]} or
 * {@code [targets, sampleWeights, noisy]}, with targets {@code [batch, classes]} and the other two
 * {@code [batch]}; {@code noisy} is 1 for a clip from the noisy source. The first prediction holds
 * the logits. The result is the batch mean of weight times the clip's loss, where a noisy clip
 * takes the noisy-source loss (L_soft in the 1st place) and every other clip the clean one.
 */
public final class TaggingLoss extends Loss {
    public static final int TARGETS = 0;
    public static final int SAMPLE_WEIGHTS = 1;
    public static final int NOISY = 2;

    private final PerSampleLoss clean;
    private final PerSampleLoss noisy;

    public TaggingLoss(String name, PerSampleLoss clean, PerSampleLoss noisy) {
        super(name);
        this.clean = clean;
        this.noisy = noisy;
    }

    public static TaggingLoss bce() {
        return new TaggingLoss("BCE", Losses::bceWithLogits, Losses::bceWithLogits);
    }

    public static TaggingLoss smoothedBce(float smoothing) {
        PerSampleLoss smoothed = (x, y) -> Losses.bceWithLogits(x, Losses.smoothTargets(y, smoothing));
        return new TaggingLoss("BCE-smoothed", smoothed, smoothed);
    }

    public static TaggingLoss lsep() {
        return new TaggingLoss("LSEP", Losses::lsep, Losses::lsep);
    }

    /** BCE on clean clips and L_soft with the given beta on noisy ones (1st place: beta 0.7). */
    public static TaggingLoss bceWithLSoftOnNoisy(float beta) {
        return new TaggingLoss("BCE+Lsoft", Losses::bceWithLogits, (x, y) -> Losses.lSoft(x, y, beta));
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray logits = predictions.get(0);
        NDArray targets = labels.get(TARGETS);
        NDArray perSample = clean.apply(logits, targets);
        if (labels.size() > NOISY) {
            NDArray isNoisy = labels.get(NOISY).gt(0.5f);
            perSample = NDArrays.where(isNoisy, noisy.apply(logits, targets), perSample);
        }
        if (labels.size() > SAMPLE_WEIGHTS) {
            return Losses.weightedMean(perSample, labels.get(SAMPLE_WEIGHTS));
        }
        return perSample.mean();
    }
}
