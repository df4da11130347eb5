package org.tagbench.app.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.ml.Tagging;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.ml.zoo.Recipe;

/**
 * The presets and recipes (ensemble presets) a retrain offers on this machine: the CPU presets ({@code cpu-*}) when no GPU is found, the GPU-sized
 * presets first when one is, each with its default.
 */
public record RetrainOptions(boolean gpu, List<String> presets, String defaultPreset, Map<String, String> recipes) {
    private static final String CPU_PREFIX = "cpu-";

    /**
     * @param recipes the presets that are recipes, each with its members as the window shows them
     *                ("cpu-default, cpu-inception-v3 (pretrain); mean")
     */
    public RetrainOptions {
        presets = List.copyOf(presets);
        recipes = Map.copyOf(recipes);
    }

    public RetrainOptions(boolean gpu, List<String> presets, String defaultPreset) {
        this(gpu, presets, defaultPreset, Map.of());
    }

    /** Asks the PyTorch engine for a GPU (loads it: call off the UI thread) and lists the presets and recipes in models/. */
    public static RetrainOptions detect() {
        boolean gpu = Tagging.resolveDevice("auto", 0).startsWith("gpu");
        Map<String, String> recipes = new LinkedHashMap<>();
        for (Recipe recipe : Presets.recipes(TagbenchHome.models())) {
            recipes.put(recipe.name(), recipe.members().stream().map(Recipe.Member::describe)
                    .collect(Collectors.joining(", ")) + "; combined by " + recipe.combine());
        }
        RetrainOptions options = forDevice(gpu, Presets.names(TagbenchHome.models()));
        return new RetrainOptions(options.gpu(), options.presets(), options.defaultPreset(), recipes);
    }

    /** What the window says under a chosen preset: a recipe's members, nothing for a single model. */
    public String describe(String preset) {
        String members = recipes.get(preset);
        return members == null ? "" : "recipe (ensemble): " + members + "; each member through its own pipeline";
    }

    public static RetrainOptions forDevice(boolean gpu, List<String> presetNames) {
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
