package org.tagbench.app;

import java.util.ArrayList;
import java.util.List;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.zoo.Presets;

/**
 * The presets and recipes (ensemble presets) a retrain offers on this machine: the CPU presets ({@code cpu-*}) when no GPU is found, the GPU-sized
 * presets first when one is, each with its default.
 */
public record RetrainOptions(boolean gpu, List<String> presets, String defaultPreset) {
    private static final String CPU_PREFIX = "cpu-";

    public RetrainOptions {
        presets = List.copyOf(presets);
    }

    /** Asks the PyTorch engine for a GPU (loads it: call off the UI thread) and lists the presets and recipes in models/. */
    public static RetrainOptions detect() {
        boolean gpu = Tagging.resolveDevice("auto", 0).startsWith("gpu");
        return forDevice(gpu, Presets.names(TagbenchHome.models()));
    }

    static RetrainOptions forDevice(boolean gpu, List<String> presetNames) {
        List<String> cpu = presetNames.stream().filter(RetrainOptions::isCpuPreset).sorted().toList();
        if (!gpu) {
            return new RetrainOptions(false, cpu, Presets.CPU_DEFAULT);
        }
        List<String> ordered = new ArrayList<>(presetNames.stream().filter(name -> !isCpuPreset(name)).sorted().toList());
        ordered.addAll(cpu);
        return new RetrainOptions(true, ordered, Presets.GPU_DEFAULT);
    }

    public static boolean isCpuPreset(String name) {
        return name.startsWith(CPU_PREFIX);
    }
}
