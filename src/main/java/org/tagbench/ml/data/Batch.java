package org.tagbench.ml.data;

/**
 * A ready batch in the layout the network takes: {@code features} is {@code [size, 1, mels, frames]}
 * flattened, {@code targets} {@code [size, classes]}, {@code weights} and {@code noisy} (1 for a
 * noisy-source clip) {@code [size]}. {@code exampleIndices} point back into the example list.
 */
public record Batch(int[] exampleIndices, float[] features, float[] targets, float[] weights, float[] noisy,
        int mels, int frames, int classes) {

    public int size() {
        return exampleIndices.length;
    }
}
