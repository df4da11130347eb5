package org.tagbench.ml.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The deltas against Savitzky-Golay by its definition: a least-squares polynomial fitted to each 9-frame window
 * (the edge windows for the first and last 4 frames, as mode 'interp' does), differentiated.
 */
class DeltaChannelsTest {
    /** Derivative at {@code t} of the least-squares polynomial of degree {@code order} over frames [start, start+9). */
    private static double fittedDerivative(float[] row, int start, int t, int order) {
        int size = order + 1;
        double[][] normal = new double[size][size + 1];
        for (int i = 0; i < DeltaChannels.WIDTH; i++) {
            double x = start + i - t;
            for (int a = 0; a < size; a++) {
                for (int b = 0; b < size; b++) {
                    normal[a][b] += Math.pow(x, a + b);
                }
                normal[a][size] += Math.pow(x, a) * row[start + i];
            }
        }
        double[] coefficients = solve(normal);
        return order == 1 ? coefficients[1] : 2 * coefficients[2];
    }

    private static double[] solve(double[][] augmented) {
        int n = augmented.length;
        for (int col = 0; col < n; col++) {
            for (int r = col + 1; r < n; r++) {
                double factor = augmented[r][col] / augmented[col][col];
                for (int c = col; c <= n; c++) {
                    augmented[r][c] -= factor * augmented[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = augmented[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= augmented[r][c] * x[c];
            }
            x[r] = sum / augmented[r][r];
        }
        return x;
    }

    @Test
    void matchesSavitzkyGolayByDefinitionIncludingTheEdges() {
        int frames = 23;
        float[] row = new float[frames];
        Random random = new Random(3);
        for (int t = 0; t < frames; t++) {
            row[t] = (float) (random.nextGaussian() * 10 - 40);
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray input = manager.create(row, new Shape(1, 1, 1, frames));
            for (int order = 1; order <= 2; order++) {
                float[] actual = DeltaChannels.derivative(input, order).toFloatArray();
                for (int t = 0; t < frames; t++) {
                    int start = Math.max(0, Math.min(frames - DeltaChannels.WIDTH, t - 4));
                    assertEquals(fittedDerivative(row, start, t, order), actual[t], 1e-3, "order " + order + " frame " + t);
                }
            }
        }
    }

    @Test
    void stacksLogMelDeltaAndDeltaDeltaAsChannels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] ramp = new float[2 * 3 * 12];
            for (int i = 0; i < ramp.length; i++) {
                ramp[i] = 0.5f * (i % 12);
            }
            NDArray input = manager.create(ramp, new Shape(2, 1, 3, 12));
            DeltaChannels block = new DeltaChannels();
            block.initialize(manager, ai.djl.ndarray.types.DataType.FLOAT32, input.getShape());
            NDArray output = block.forward(new ai.djl.training.ParameterStore(manager, false),
                    new ai.djl.ndarray.NDList(input), false).singletonOrThrow();
            assertEquals(new Shape(2, 3, 3, 12), output.getShape());
            float[] delta = output.get("0, 1, 0").toFloatArray();
            float[] expected = new float[12];
            java.util.Arrays.fill(expected, 0.5f);
            assertArrayEquals(expected, delta, 1e-5f, "a ramp's delta is its slope everywhere");
            assertArrayEquals(new float[12], output.get("1, 2, 2").toFloatArray(), 1e-5f, "and its delta-delta is zero");
        }
    }

    @Test
    void clipsShorterThanTheWindowGetZeroDeltas() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray input = manager.create(new float[] {1, 5, 2, 8}, new Shape(1, 1, 1, 4));
            assertArrayEquals(new float[4], DeltaChannels.derivative(input, 1).toFloatArray());
        }
    }
}
