package org.tagbench.ml.data;

import org.tagbench.domain.ClipId;
import java.util.Objects;
import org.tagbench.domain.LabelSource;

/**
 * One clip as training sees it: a log-mel spectrogram {@code [mels][frames]} (or another input matrix
 * {@code [rows][frames]}: MFCCs, the waveform as one row), a target per class in 0..1, where the labels came from, a
 * weight for its loss and, for networks with a second input, the clip's {@code globalInput} (else null), which no
 * crop or augmentation changes.
 *
 * <p>The app layer builds these from its feature cache and label store; nothing here reads files.
 */
public record TrainingExample(ClipId fname, float[][] features, float[] target, LabelSource source, float weight,
        float[] globalInput) {

    /** An example with one input. */
    public TrainingExample(ClipId fname, float[][] features, float[] target, LabelSource source, float weight) {
        this(fname, features, target, source, weight, null);
    }

    public TrainingExample {
        Objects.requireNonNull(fname, "fname");
        Objects.requireNonNull(source, "source");
        if (features == null || features.length == 0 || features[0].length == 0) {
            throw new IllegalArgumentException(fname + ": features must be a non-empty [mels][frames] array");
        }
        for (float[] row : features) {
            if (row.length != features[0].length) {
                throw new IllegalArgumentException(fname + ": every mel row must have the same number of frames");
            }
        }
        if (target == null || target.length == 0) {
            throw new IllegalArgumentException(fname + ": target must have one value per class");
        }
        if (!(weight >= 0) || Float.isInfinite(weight)) {
            throw new IllegalArgumentException(fname + ": weight must be a finite number >= 0, got " + weight);
        }
    }

    public TrainingExample withGlobalInput(float[] input) {
        return new TrainingExample(fname, features, target, source, weight, input);
    }

    /** A curated example with weight 1. */
    public static TrainingExample curated(ClipId fname, float[][] features, float[] target) {
        return new TrainingExample(fname, features, target, LabelSource.CURATED, 1f);
    }

    public int mels() {
        return features.length;
    }

    public int frames() {
        return features[0].length;
    }

    public int classes() {
        return target.length;
    }

    /** Noisy clips may take a different loss (L_soft) than curated, user and pseudo-labelled ones. */
    public boolean isNoisy() {
        return source == LabelSource.NOISY;
    }

    /** Classes whose target is at least one half. */
    public boolean[] positives() {
        boolean[] positives = new boolean[target.length];
        for (int c = 0; c < target.length; c++) {
            positives[c] = target[c] >= 0.5f;
        }
        return positives;
    }
}
