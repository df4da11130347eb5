package org.tagbench.ml.train;

/**
 * The learning rate of every optimizer step. Step-wise schedules (cosine, one-cycle) read the
 * position inside the epoch; epoch-wise ones (step decay, reduce-on-plateau) ignore it.
 */
public interface LearningRateSchedule {

    float rate(int epoch, int stepInEpoch, int stepsPerEpoch);

    /** Called once per finished epoch with its validation lwlrap (reduce-on-plateau reacts to it). */
    default void endOfEpoch(int epoch, double validationScore) {}

    /** What a resumed run needs to continue the schedule (empty for stateless schedules). */
    default double[] state() {
        return new double[0];
    }

    default void restore(double[] state) {}
}
