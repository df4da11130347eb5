package org.tagbench.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.nn.Activation;

/**
 * The losses of the FAT2019 solutions as NDArray functions, each giving one value per clip
 * ({@code [batch]}) from logits and targets of shape {@code [batch, classes]}.
 */
public final class Losses {
    /** Stand-in for minus infinity in masked log-sum-exp: finite, so gradients stay free of NaN. */
    private static final float MASKED_OUT = -1e4f;

    private Losses() {}

    /**
     * Binary cross-entropy on logits, averaged over classes, in the form that never exponentiates a
     * large positive number: {@code max(x, 0) - x*y + log(1 + exp(-|x|))}.
     */
    public static NDArray bceWithLogits(NDArray logits, NDArray targets) {
        return elementwiseBceWithLogits(logits, targets).mean(new int[] {1});
    }

    /**
     * Label smoothing towards 1/2: {@code y (1 - s) + s / 2}. This is TensorFlow's convention (the
     * DCASE 2019 baseline used s = 0.3 on noisy and 0.1 on curated data); the 2nd place's
     * {@code 0.01 (1 - y) + 0.99 y} is s = 0.02.
     */
    public static NDArray smoothTargets(NDArray targets, float smoothing) {
        if (smoothing < 0 || smoothing > 1) {
            throw new IllegalArgumentException("smoothing must lie in [0, 1], got " + smoothing);
        }
        return targets.mul(1 - smoothing).add(smoothing / 2);
    }

    /**
     * LSEP, the log-sum-exp pairwise ranking loss (Li et al. 2017) of the 3rd place:
     * {@code log(1 + sum over negative i, positive j of exp(s_i - s_j))}.
     *
     * <p>The double sum factorises into {@code exp(LSE_neg(s) + LSE_pos(-s))}, so the loss is
     * {@code softplus(LSE_neg(s) + LSE_pos(-s))}, computed without overflow for any logits. A clip
     * without positives or without negatives has no pairs and costs 0.
     */
    public static NDArray lsep(NDArray logits, NDArray targets) {
        NDArray positive = targets.gt(0.5f);
        NDArray negative = positive.logicalNot();
        NDArray negativeScores = maskedLogSumExp(logits, negative);
        NDArray positiveMargins = maskedLogSumExp(logits.neg(), positive);
        return softplus(negativeScores.add(positiveMargins));
    }

    /**
     * L_soft, the soft bootstrapping loss the 1st place used on noisy clips: the target becomes
     * {@code beta * y + (1 - beta) * sigmoid(x)}, with the prediction taken as a constant, and the loss is
     * the binary cross-entropy of the logits against it. beta = 0.7 in TECHNIQUES 4.1.
     */
    public static NDArray lSoft(NDArray logits, NDArray targets, float beta) {
        if (beta < 0 || beta > 1) {
            throw new IllegalArgumentException("beta must lie in [0, 1], got " + beta);
        }
        NDArray prediction = Activation.sigmoid(logits.stopGradient());
        NDArray bootstrapped = targets.mul(beta).add(prediction.mul(1 - beta));
        return bceWithLogits(logits, bootstrapped);
    }

    /** Per-sample loss times a per-sample weight, averaged over the batch. */
    public static NDArray weightedMean(NDArray perSample, NDArray sampleWeights) {
        return perSample.mul(sampleWeights.reshape(perSample.getShape())).mean();
    }

    static NDArray elementwiseBceWithLogits(NDArray logits, NDArray targets) {
        return logits.maximum(0f).sub(logits.mul(targets)).add(logits.abs().neg().exp().add(1f).log());
    }

    static NDArray softplus(NDArray x) {
        return x.maximum(0f).add(x.abs().neg().exp().add(1f).log());
    }

    /** log(sum of exp(x) over the classes where mask is true), one value per row. */
    static NDArray maskedLogSumExp(NDArray x, NDArray mask) {
        NDArray masked = NDArrays.where(mask, x, x.zerosLike().add(MASKED_OUT));
        NDArray rowMax = masked.max(new int[] {1}, true).stopGradient();
        return masked.sub(rowMax).exp().sum(new int[] {1}).log().add(rowMax.squeeze(1));
    }
}
