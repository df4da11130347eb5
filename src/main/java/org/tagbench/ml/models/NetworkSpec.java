package org.tagbench.ml.models;

import ai.djl.ndarray.types.Shape;

/**
 * The size of a network: what goes in ({@code inputChannels x melBins x frames}), how many classes
 * come out, and a width multiplier applied to every hidden channel and unit count.
 *
 * <p>Width 1.0 is the published network; CPU presets use narrower ones (width 0.25 costs about
 * 1/16 of the multiply-adds of a plain conv net).
 */
public record NetworkSpec(int inputChannels, int melBins, int frames, int classes, double width) {

    public NetworkSpec {
        requirePositive(inputChannels, "inputChannels");
        requirePositive(melBins, "melBins");
        requirePositive(frames, "frames");
        requirePositive(classes, "classes");
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("width must be a positive number, got " + width);
        }
    }

    /** The input of one batch: {@code [batch, inputChannels, melBins, frames]}. */
    public Shape inputShape(int batch) {
        return new Shape(batch, inputChannels, melBins, frames);
    }

    /** A published channel or unit count scaled by the width multiplier, at least 1. */
    public int scaled(int published) {
        return Math.max(1, (int) Math.round(published * width));
    }

    public NetworkSpec withWidth(double newWidth) {
        return new NetworkSpec(inputChannels, melBins, frames, classes, newWidth);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
