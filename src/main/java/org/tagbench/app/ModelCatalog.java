package org.tagbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.zoo.ModelCards;
import org.tagbench.ml.zoo.PlanResolver;
import org.tagbench.ml.zoo.Presets;

/** The model presets in {@code models/} with their parameter counts and the cost measured in their model cards. */
public final class ModelCatalog {
    private ModelCatalog() {}

    public record Entry(String name, String network, double width, long parameters, String measured) {}

    public static List<Entry> entries() {
        PlanResolver resolver = PlanResolver.standard();
        List<Entry> entries = new ArrayList<>();
        for (TrainingPlan plan : Presets.readAll(TagbenchHome.models())) {
            entries.add(new Entry(plan.name(), plan.network(), plan.width(),
                    ModelCards.trainableParameters(plan, resolver), measured(plan.name())));
        }
        return entries;
    }

    /** The first line under "## Measured results" of the preset's card. */
    static String measured(String preset) {
        Path card = TagbenchHome.models().resolve(preset + ".md");
        try {
            List<String> lines = Files.readAllLines(card);
            int section = lines.indexOf("## Measured results");
            if (section >= 0) {
                for (String line : lines.subList(section + 1, lines.size())) {
                    if (!line.isBlank()) {
                        return line.replaceFirst("^- ", "");
                    }
                }
            }
            return "no measurements in " + card.getFileName();
        } catch (IOException e) {
            return "no model card";
        }
    }
}
