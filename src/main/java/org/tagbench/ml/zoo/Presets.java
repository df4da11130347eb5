package org.tagbench.ml.zoo;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tagbench.ml.train.TrainingPlan;

/**
 * Reads and writes model presets: one {@link TrainingPlan} per JSON file in the repository's
 * {@code models/} folder, the file named after the plan ({@code cpu-default.json}).
 */
public final class Presets {
    public static final String CPU_DEFAULT = "cpu-default";
    public static final String GPU_DEFAULT = "gpu-default";
    private static final String EXTENSION = ".json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private Presets() {}

    public static TrainingPlan fromJson(String json) {
        TrainingPlan plan = GSON.fromJson(json, TrainingPlan.class);
        if (plan == null) {
            throw new IllegalArgumentException("empty preset");
        }
        return plan;
    }

    public static String toJson(TrainingPlan plan) {
        return GSON.toJson(plan);
    }

    public static TrainingPlan read(Path file) {
        try {
            TrainingPlan plan = fromJson(Files.readString(file));
            String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
            if (!plan.name().equals(expected)) {
                throw new IllegalArgumentException(file + " holds preset '" + plan.name() + "'; name it " + plan.name()
                        + EXTENSION);
            }
            return plan;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + file, e);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
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

    /** Every preset in the folder, sorted by name. */
    public static List<TrainingPlan> readAll(Path modelsFolder) {
        try (Stream<Path> files = Files.list(modelsFolder)) {
            List<TrainingPlan> plans = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
                plans.add(read(file));
            }
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list presets in " + modelsFolder, e);
        }
    }

    public static TrainingPlan find(Path modelsFolder, String name) {
        Path file = modelsFolder.resolve(name + EXTENSION);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("No preset '" + name + "' in " + modelsFolder);
        }
        return read(file);
    }
}
