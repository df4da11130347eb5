package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;
import org.tagbench.ml.engine.TorchRuntime;

class WaveformInputTest {
    @Test
    void eachWindowIsNormalisedAsTheKernelsAudioNorm() {
        float[] first = {0f, 0f, -0.5f, 0.5f};
        float[] second = {2f, 4f, 6f, 10f};
        try (NDManager manager = NDManager.newBaseManager(TorchRuntime.ENGINE_NAME)) {
            float[] both = new float[8];
            System.arraycopy(first, 0, both, 0, 4);
            System.arraycopy(second, 0, both, 4, 4);
            WaveformInput block = new WaveformInput();
            block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, new Shape(2, 1, 1, 4));
            float[] out = block.forward(new ParameterStore(manager, false),
                    new NDList(manager.create(both, new Shape(2, 1, 1, 4))), false).singletonOrThrow().toFloatArray();
            assertArrayEquals(audioNorm(first), java.util.Arrays.copyOfRange(out, 0, 4), 1e-6f);
            assertArrayEquals(audioNorm(second), java.util.Arrays.copyOfRange(out, 4, 8), 1e-6f);
        }
    }

    /** The kernel: {@code (data - min) / (max - min + 1e-6) - 0.5}, in doubles. */
    private static float[] audioNorm(float[] data) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (float value : data) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float[] out = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (float) ((data[i] - min) / (max - min + 1e-6) - 0.5);
        }
        return out;
    }
}
