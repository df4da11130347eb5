package org.tagbench.ml.data;

/**
 * A ready batch in the layout the network takes: {@code features} is {@code [size, 1, mels, frames]}
 * flattened, {@code targets} {@code [size, classes]}, {@code weights} and {@code noisy} (1 for a
 * noisy-source clip) {@code [size]}. {@code exampleIndices} point back into the example list.
 * {@code globalInputs} is {@code [size, globalInputSize]} for networks with a second input, else null.
 */
public record Batch(int[] exampleIndices, float[] features, float[] targets, float[] weights, float[] noisy,
        int mels, int frames, int classes, float[] globalInputs) {

    /** A batch with one input. */
    public Batch(int[] exampleIndices, float[] features, float[] targets, float[] weights, float[] noisy,
            int mels, int frames, int classes) {
        this(exampleIndices, features, targets, weights, noisy, mels, frames, classes, null);
    }

    public int size() {
        return exampleIndices.length;
    }
}
