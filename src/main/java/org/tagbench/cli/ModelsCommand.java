package org.tagbench.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.ModelCatalog;
import picocli.CommandLine.Command;

@Command(name = "models", description = "List the model presets with their network, parameter count and measured cost.")
final class ModelsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("preset                          network                      width  params      measured");
        for (ModelCatalog.Entry entry : ModelCatalog.entries()) {
            System.out.printf(Locale.ROOT, "%-31s %-28s %-6s %-11s %s%n", entry.name(), entry.network(), entry.width(),
                    String.format(Locale.ROOT, "%,d", entry.parameters()), entry.measured());
        }
        return ExitCodes.OK;
    }
}
