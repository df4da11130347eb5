package org.tagbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.training.ModelCatalog;
import picocli.CommandLine.Command;

@Command(name = "models", description = "List the model presets with their network, parameter count and measured cost, and the recipes "
        + "(ensemble presets) with their members.")
final class ModelsCommand implements Callable<Integer> {
    /** No line longer than this: a terminal's width, and readable in a CI log. */
    static final int WIDTH = 100;
    private static final String INDENT = "    ";
    private static final String MORE = " ...";
    private static final int MEASURED_LINES = 3;

    @Override
    public Integer call() {
        System.out.println("preset                          network                width  params (80 classes)");
        for (ModelCatalog.Entry entry : ModelCatalog.entries()) {
            System.out.printf(Locale.ROOT, "%-31s %-22s %-6s %,d%n", entry.name(), entry.network(), entry.width(),
                    entry.parameters());
            printMeasured(entry.measured());
        }
        System.out.println();
        System.out.println("recipe (ensemble preset)        combine  members (preset, pipeline)");
        for (ModelCatalog.RecipeEntry recipe : ModelCatalog.recipes()) {
            List<String> members = wrap(String.join(", ", recipe.members()), WIDTH - 41);
            for (int i = 0; i < members.size(); i++) {
                System.out.printf(Locale.ROOT, "%-31s %-8s %s%n", i == 0 ? recipe.name() : "", i == 0 ? recipe.combine() : "",
                        members.get(i));
            }
            printMeasured(recipe.measured());
        }
        System.out.println("(each one's first measurement, shortened; its model card models/NAME.md has them all)");
        return ExitCodes.OK;
    }

    private static void printMeasured(String text) {
        List<String> measured = wrap(text, WIDTH - INDENT.length() - MORE.length());
        for (int i = 0; i < Math.min(MEASURED_LINES, measured.size()); i++) {
            boolean cut = i == MEASURED_LINES - 1 && measured.size() > MEASURED_LINES;
            System.out.println(INDENT + measured.get(i) + (cut ? MORE : ""));
        }
    }

    /** The text's words in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
