package org.tagbench.app.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.ModelCards;
import org.tagbench.ml.zoo.PlanResolver;
import org.tagbench.ml.zoo.Presets;
import org.tagbench.ml.zoo.Recipe;

/**
 * The model presets in {@code models/} with their parameter counts and the cost measured in their model cards, and the
 * recipes (ensembles of presets) with their members. The
 * counts come from the cards, which a test keeps true; only a preset without one builds its network to count.
 */
public final class ModelCatalog {
    private ModelCatalog() {}

    public record Entry(String name, String network, double width, long parameters, String measured) {}

    /** A recipe: how it combines, its members as "preset (pipeline)", and its card's first measurement. */
    public record RecipeEntry(String name, String combine, List<String> members, String measured) {}

    public static List<RecipeEntry> recipes() {
        return recipes(TagbenchHome.models());
    }

    /** Read from the recipe files and their cards alone: listing them builds no network. */
    static List<RecipeEntry> recipes(Path models) {
        List<RecipeEntry> entries = new ArrayList<>();
        for (Recipe recipe : Presets.recipes(models)) {
            entries.add(new RecipeEntry(recipe.name(), recipe.combine(),
                    recipe.members().stream().map(Recipe.Member::describe).toList(),
                    measured(card(models, recipe.name()), recipe.name())));
        }
        return entries;
    }

    public static List<Entry> entries() {
        return entries(TagbenchHome.models());
    }

    static List<Entry> entries(Path models) {
        PlanResolver resolver = null;
        List<Entry> entries = new ArrayList<>();
        for (TrainingPlan plan : Presets.readAll(models)) {
            String card = card(models, plan.name());
            OptionalLong stated = ModelCards.statedParameters(card);
            long parameters;
            if (stated.isPresent()) {
                parameters = stated.getAsLong();
            } else {
                resolver = resolver == null ? PlanResolver.standard() : resolver;
                parameters = ModelCards.trainableParameters(plan, resolver);
            }
            entries.add(new Entry(plan.name(), plan.network(), plan.width(), parameters, measured(card, plan.name())));
        }
        return entries;
    }

    private static String card(Path models, String preset) {
        try {
            return Files.readString(models.resolve(preset + ".md"));
        } catch (IOException e) {
            return "";
        }
    }

    /** The first entry under "## Measured results" of the preset's card, its lines joined. */
    static String measured(String card, String preset) {
        if (card.isEmpty()) {
            return "no model card";
        }
        List<String> lines = card.lines().toList();
        int section = lines.indexOf("## Measured results");
        if (section >= 0) {
            for (String line : lines.subList(section + 1, lines.size())) {
                if (!line.isBlank()) {
                    return line.replaceFirst("^- ", "");
                }
            }
        }
        return "no measurements in " + preset + ".md";
    }
}
