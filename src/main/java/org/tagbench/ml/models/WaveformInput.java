package org.tagbench.ml.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;

/**
 * Takes a waveform window as the trainer and the tagger feed every input, a one-row matrix {@code [B, 1, 1, samples]},
 * to the 1-D nets' {@code [B, 1, samples]}, normalised per window as the 2018 starter kernel's {@code audio_norm}
 * did after its crop or padding: {@code (x - min) / (max - min + 1e-6) - 0.5}. No weights.
 */
final class WaveformInput extends SingleInputBlock {
    private static final float EPSILON = 1e-6f;

    /** {@link WaveformCnn1d} behind this input stage, for a spec of one row and {@code frames} samples. */
    static Block waveformCnn1d(NetworkSpec spec) {
        if (spec.melBins() != 1 || spec.inputChannels() != 1) {
            throw new IllegalArgumentException("waveform-cnn1d reads one waveform row: input kind waveform, got "
                    + spec.inputChannels() + " x " + spec.melBins() + " rows");
        }
        return new SequentialBlock().add(new WaveformInput())
                .add(WaveformCnn1d.build(new WaveformSpec(spec.frames(), spec.classes(), spec.width())));
    }

    @Override
    protected NDArray forward(ai.djl.training.ParameterStore parameters, NDArray input, boolean training) {
        Shape shape = input.getShape();
        NDArray samples = input.reshape(shape.get(0), 1, shape.get(shape.dimension() - 1));
        NDArray min = samples.min(new int[] {2}, true);
        NDArray max = samples.max(new int[] {2}, true);
        return samples.sub(min).div(max.sub(min).add(EPSILON)).sub(0.5f);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), 1, input.get(input.dimension() - 1));
    }

    @Override
    protected void initializeChildren(NDManager manager, DataType dataType, Shape input) {
        // no weights
    }
}
