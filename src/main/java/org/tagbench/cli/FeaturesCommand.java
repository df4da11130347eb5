package org.tagbench.cli;

import java.util.concurrent.Callable;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureReport;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dsp.MelConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "features", description = "Fill the feature cache (trimmed log-mel) for every clip of a workspace.")
final class FeaturesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "fsd7th8th", description = "MelConfig preset (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-trim", description = "Keep leading and trailing silence.")
    boolean noTrim;

    @Override
    public Integer call() throws Exception {
        FeatureRecipe recipe = new FeatureRecipe(MelConfig.preset(preset), !noTrim);
        try (Workspace opened = workspace.open()) {
            FeatureService service = new FeatureService(opened);
            FeatureReport report = CliProgress.run("features", context -> service.computeAll(recipe, threads, context));
            report.failures().forEach(failure -> System.out.println("failed    " + failure));
            System.out.printf("features  %s: %d computed, %d cached, %d failed, %.1f s of audio in %.2f s%n",
                    recipe.mel().name(), report.computed(), report.cached(), report.failed(), report.audioSeconds(),
                    report.elapsedMillis() / 1000.0);
            return report.failed() == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
