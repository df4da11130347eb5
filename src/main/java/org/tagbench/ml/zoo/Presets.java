package org.tagbench.ml.zoo;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tagbench.dsp.MelConfig;
import org.tagbench.ml.train.TrainingPlan;

/**
 * Reads and writes model presets: one {@link TrainingPlan} per JSON file in the repository's
 * {@code models/} folder, the file named after the plan ({@code cpu-default.json}), or a {@link Recipe} (an ensemble of
 * such plans; its file has {@code members}). Reading rejects a key the preset does not know and values that contradict
 * each other, naming the file and the key.
 */
public final class Presets {
    public static final String CPU_DEFAULT = "cpu-default";
    public static final String GPU_DEFAULT = "gpu-default";
    private static final String EXTENSION = ".json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private Presets() {}

    /** The key whose presence makes a preset file a recipe. */
    private static final String MEMBERS = "members";

    public static TrainingPlan fromJson(String json) {
        JsonElement tree = JsonParser.parseString(json);
        if (tree == null || tree.isJsonNull()) {
            throw new IllegalArgumentException("empty preset");
        }
        if (isRecipe(tree)) {
            throw new IllegalArgumentException("is a recipe (it has members), not a single model's plan");
        }
        StrictKeys.require(tree, TrainingPlan.class);
        return construct(tree, TrainingPlan.class);
    }

    /** A recipe's JSON, checked for unknown keys; its members are checked against a folder by {@link #readRecipe}. */
    public static Recipe recipeFromJson(String json) {
        JsonElement tree = JsonParser.parseString(json);
        if (tree == null || !isRecipe(tree)) {
            throw new IllegalArgumentException("not a recipe: it has no '" + MEMBERS + "'");
        }
        StrictKeys.require(tree, Recipe.class);
        return construct(tree, Recipe.class);
    }

    /** Gson wraps what a record's constructor rejects; the rejection's own message says what is wrong. */
    private static <T> T construct(JsonElement tree, Class<T> type) {
        try {
            return GSON.fromJson(tree, type);
        } catch (JsonParseException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                    throw new IllegalArgumentException(cause.getMessage(), e);
                }
            }
            throw e;
        }
    }

    private static boolean isRecipe(JsonElement tree) {
        return tree.isJsonObject() && tree.getAsJsonObject().has(MEMBERS);
    }

    /** The zoo's network names, read once (listing presets builds no network). */
    private static final class KnownNetworks {
        static final java.util.Set<String> NAMES = java.util.Set.copyOf(NetworkCatalog.standard().names());
    }

    /** A preset file's values that contradict each other or name nothing known (bundles of test networks skip it). */
    private static void requireConsistent(TrainingPlan plan) {
        MelConfig mel;
        try {
            mel = MelConfig.preset(plan.melPreset());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("melPreset: " + e.getMessage(), e);
        }
        if (mel.nMels() != plan.melBins()) {
            throw new IllegalArgumentException("melBins is " + plan.melBins() + " but mel preset " + mel.name() + " has "
                    + mel.nMels() + " bands");
        }
        if (!KnownNetworks.NAMES.contains(plan.network())) {
            throw new IllegalArgumentException("network: '" + plan.network() + "' is unknown; known: "
                    + String.join(", ", KnownNetworks.NAMES));
        }
    }

    public static String toJson(TrainingPlan plan) {
        return GSON.toJson(plan);
    }

    public static TrainingPlan read(Path file) {
        try {
            TrainingPlan plan = fromJson(Files.readString(file));
            requireNamedAfterFile(file, plan.name());
            requireConsistent(plan);
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + file, e);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** A recipe file, each member checked to be a plan in the same folder. */
    public static Recipe readRecipe(Path file) {
        Recipe recipe;
        try {
            recipe = recipeFromJson(Files.readString(file));
            requireNamedAfterFile(file, recipe.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recipe " + file, e);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Path folder = file.toAbsolutePath().getParent();
        for (int i = 0; i < recipe.members().size(); i++) {
            String preset = recipe.members().get(i).preset();
            Path memberFile = folder.resolve(preset + EXTENSION);
            if (!Files.isRegularFile(memberFile)) {
                throw new IllegalArgumentException(file + ": members[" + i + "].preset '" + preset + "' is not a preset in "
                        + folder);
            }
            if (isRecipeFile(memberFile)) {
                throw new IllegalArgumentException(file + ": members[" + i + "].preset '" + preset
                        + "' is itself a recipe; members are single-model presets");
            }
            read(memberFile);
        }
        return recipe;
    }

    private static void requireNamedAfterFile(Path file, String name) {
        String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
        if (!name.equals(expected)) {
            throw new IllegalArgumentException("holds preset '" + name + "'; name it " + name + EXTENSION);
        }
    }

    private static boolean isRecipeFile(Path file) {
        try {
            return isRecipe(JsonParser.parseString(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + file, e);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static void write(TrainingPlan plan, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(plan) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write preset " + file, e);
        }
    }

    /** Every single-model preset in the folder (recipes left out), sorted by name. */
    public static List<TrainingPlan> readAll(Path modelsFolder) {
        List<TrainingPlan> plans = new ArrayList<>();
        for (Path file : files(modelsFolder)) {
            if (!isRecipeFile(file)) {
                plans.add(read(file));
            }
        }
        return plans;
    }

    /** Every recipe in the folder, sorted by name. */
    public static List<Recipe> recipes(Path modelsFolder) {
        List<Recipe> recipes = new ArrayList<>();
        for (Path file : files(modelsFolder)) {
            if (isRecipeFile(file)) {
                recipes.add(readRecipe(file));
            }
        }
        return recipes;
    }

    /** The names of every preset and recipe in the folder, sorted (reads no network). */
    public static List<String> names(Path modelsFolder) {
        return files(modelsFolder).stream().map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).toList();
    }

    private static List<Path> files(Path modelsFolder) {
        try (Stream<Path> files = Files.list(modelsFolder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list presets in " + modelsFolder, e);
        }
    }

    public static TrainingPlan find(Path modelsFolder, String name) {
        Path file = existing(modelsFolder, name);
        if (isRecipeFile(file)) {
            throw new IllegalArgumentException("'" + name + "' in " + modelsFolder + " is a recipe (an ensemble of "
                    + "presets), not a single model's preset");
        }
        return read(file);
    }

    /** Whether the folder's preset of this name is a recipe; false when there is none. */
    public static boolean isRecipe(Path modelsFolder, String name) {
        Path file = modelsFolder.resolve(name + EXTENSION);
        return Files.isRegularFile(file) && isRecipeFile(file);
    }

    public static Recipe findRecipe(Path modelsFolder, String name) {
        return readRecipe(existing(modelsFolder, name));
    }

    private static Path existing(Path modelsFolder, String name) {
        Path file = modelsFolder.resolve(name + EXTENSION);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("No preset '" + name + "' in " + modelsFolder);
        }
        return file;
    }
}
