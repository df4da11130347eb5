package org.tagbench.ml.infer;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.ml.data.WindowScoring;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.ml.models.GlobalFeatureInput;
import org.tagbench.ml.train.RunFolder;

/** One trained fold, loaded for inference. Not for concurrent use: give each thread its own tagger. */
final class FoldModel implements AutoCloseable, WindowScoring.Model {
    private final Model model;
    private final DataType precision;

    FoldModel(Block network, Path folder, Device device) {
        this(network, folder, device, DataType.FLOAT32);
    }

    /** Loads the fold and, for a lower {@code precision} (float16 on a GPU), casts its weights once. */
    FoldModel(Block network, Path folder, Device device, DataType precision) {
        model = Model.newInstance(folder.getFileName().toString(), device, TorchRuntime.ENGINE_NAME);
        model.setBlock(network);
        RunFolder.loadModel(model, folder);
        this.precision = precision;
        if (precision != DataType.FLOAT32) {
            castParameters(precision);
        }
    }

    /**
     * DJL 0.36's {@code Block.cast} only throws ("Not implemented yet") and a loaded parameter refuses
     * {@code setArray}; a parameter does accept {@code load}, so each cast array goes through the parameter's own
     * serial form.
     */
    private void castParameters(DataType type) {
        for (var entry : model.getBlock().getParameters()) {
            Parameter parameter = entry.getValue();
            Parameter carrier = Parameter.builder().setName(parameter.getName()).setType(parameter.getType()).build();
            carrier.setArray(parameter.getArray().toType(type, false));
            try {
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                carrier.save(new java.io.DataOutputStream(bytes));
                parameter.load(model.getNDManager(), new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
            } catch (java.io.IOException | ai.djl.MalformedModelException e) {
                throw new IllegalStateException("cannot cast parameter " + parameter.getName() + " to " + type, e);
            }
        }
    }

    /** Probabilities {@code [windows][classes]} for windows of equal size {@code [mels][frames]}, in one pass. */
    float[][] probabilities(List<float[][]> windows) {
        return probabilities(windows, null);
    }

    /**
     * The same for a network with a second input: {@code globalInputs} holds one global-feature input per window
     * ({@link GlobalFeatureInput}), or is null for a network without one.
     */
    @Override
    public float[][] probabilities(List<float[][]> windows, List<float[]> globalInputs) {
        int mels = windows.get(0).length;
        int frames = windows.get(0)[0].length;
        float[] flat = WindowScoring.flatten(windows);
        try (NDManager pass = model.getNDManager().newSubManager()) {
            NDArray input = pass.create(flat, new Shape(windows.size(), 1, mels, frames)).toType(precision, false);
            NDList inputs = GlobalFeatureInput.inputs(input, WindowScoring.flattenRows(globalInputs));
            NDArray logits = model.getBlock().forward(new ParameterStore(pass, false), inputs, false).get(0);
            return WindowScoring.rows(Activation.sigmoid(logits.toType(DataType.FLOAT32, false)).toFloatArray(),
                    windows.size());
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
