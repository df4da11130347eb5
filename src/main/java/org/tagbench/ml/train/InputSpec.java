package org.tagbench.ml.train;

/**
 * What a network reads from a clip.
 *
 * @param kind {@code log-mel} (the plan's mel preset), {@code mfcc} (DCT-II of that log-mel, {@code coefficients}
 *             of them) or {@code waveform} (raw samples, as the 2018 starter kernel's 1-D net)
 * @param coefficients MFCC coefficients kept ({@code mfcc} only)
 * @param globalFeatures the 2nd place's global-feature branch is fed as a second input (its statistics of the
 *                       untrimmed waveform and the clip length)
 */
public record InputSpec(String kind, int coefficients, boolean globalFeatures) {
    public static final InputSpec LOG_MEL = new InputSpec("log-mel", 0, false);

    public InputSpec {
        kind = kind == null ? LOG_MEL.kind() : kind;
    }
}
