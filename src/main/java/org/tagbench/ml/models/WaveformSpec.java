package org.tagbench.ml.models;

import ai.djl.ndarray.types.Shape;

/** The size of a raw-waveform network: samples per clip, classes, and a width multiplier. */
public record WaveformSpec(int samples, int classes, double width) {

    public WaveformSpec {
        if (samples < 1 || classes < 1) {
            throw new IllegalArgumentException("samples and classes must be at least 1, got " + samples + ", " + classes);
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width must be a positive number, got " + width);
        }
    }

    /** The input of one batch: {@code [batch, 1, samples]}. */
    public Shape inputShape(int batch) {
        return new Shape(batch, 1, samples);
    }

    public int scaled(int published) {
        return Math.max(1, (int) Math.round(published * width));
    }
}
