package org.tagbench.ml.data;

/** A spectrogram {@code [mels][frames]} with its per-class target, as augmentations pass it along. */
public record LabeledSample(float[][] features, float[] target) {

    public int mels() {
        return features.length;
    }

    public int frames() {
        return features[0].length;
    }
}
