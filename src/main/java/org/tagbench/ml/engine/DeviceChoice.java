package org.tagbench.ml.engine;

import ai.djl.Device;
import java.util.Locale;

/**
 * Where training and inference run, as a user asks for it: {@code auto}, {@code cpu} or {@code gpu}.
 *
 * <p>{@code auto} takes the first GPU when the PyTorch engine reports one and the CPU otherwise;
 * {@code gpu} insists on a GPU and fails with instructions when the loaded libtorch has no CUDA.
 */
public enum DeviceChoice {
    AUTO,
    CPU,
    GPU;

    /** Parses {@code auto}, {@code cpu} or {@code gpu}, ignoring case and surrounding blanks. */
    public static DeviceChoice parse(String text) {
        String normalized = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "auto" -> AUTO;
            case "cpu" -> CPU;
            case "gpu", "cuda" -> GPU;
            default -> throw new IllegalArgumentException(
                    "Unknown device '" + text + "': expected auto, cpu or gpu");
        };
    }

    /** Resolves this choice against the GPUs that the (already configured) PyTorch engine reports. */
    public Device resolve() {
        return resolve(TorchRuntime.engine().getGpuCount());
    }

    /** Resolves this choice for an engine that reports {@code gpuCount} CUDA devices. */
    public Device resolve(int gpuCount) {
        if (this == CPU) {
            return Device.cpu();
        }
        if (gpuCount > 0) {
            return Device.gpu();
        }
        if (this == GPU) {
            throw new IllegalStateException(noGpuMessage());
        }
        return Device.cpu();
    }

    /** How to make a GPU visible to DJL: the CUDA natives of libtorch 2.7.1 are not on Maven Central. */
    static String noGpuMessage() {
        return "A GPU was requested, but the PyTorch engine reports no CUDA device: the bundled libtorch "
                + TorchRuntime.PYTORCH_VERSION + " is the CPU build. Install a CUDA build of libtorch "
                + TorchRuntime.PYTORCH_VERSION + " and start Tagbench with PYTORCH_LIBRARY_PATH=<its lib folder, "
                + "holding the torch libraries and " + TorchRuntime.DJL_VERSION + "-libdjl_torch.so>, "
                + "PYTORCH_VERSION=" + TorchRuntime.PYTORCH_VERSION + " and PYTORCH_FLAVOR=cu128 (or the CUDA "
                + "flavour you installed), or choose device 'cpu' or 'auto'.";
    }
}
