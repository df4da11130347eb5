package org.tagbench.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;
import java.util.Arrays;

/**
 * A weighted sum of one loss over several heads of a network, e.g. the main and auxiliary heads of
 * the 1st place's AuxSkipAttention, weighted 1.0, 0.4, 0.2, 0.1. Prediction k is scored with
 * weight k against the same labels.
 */
public final class DeepSupervisionLoss extends Loss {
    private final Loss perHead;
    private final float[] headWeights;

    public DeepSupervisionLoss(Loss perHead, float... headWeights) {
        super(perHead.getName() + "-deep-supervision");
        if (headWeights.length == 0) {
            throw new IllegalArgumentException("at least one head weight is needed");
        }
        this.perHead = perHead;
        this.headWeights = headWeights.clone();
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        if (predictions.size() != headWeights.length) {
            throw new IllegalArgumentException(predictions.size() + " heads predicted, but weights "
                    + Arrays.toString(headWeights) + " were given");
        }
        NDArray total = perHead.evaluate(labels, new NDList(predictions.get(0))).mul(headWeights[0]);
        for (int head = 1; head < headWeights.length; head++) {
            total = total.add(perHead.evaluate(labels, new NDList(predictions.get(head))).mul(headWeights[head]));
        }
        return total;
    }
}
