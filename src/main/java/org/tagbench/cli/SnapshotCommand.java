package org.tagbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.ui.WindowSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshot", description = "Render the workbench window off-screen to a PNG (needs a display, e.g. xvfb-run).")
final class SnapshotCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--clip", paramLabel = "FNAME", description = "Clip to open (default: the first clip).")
    String clip;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "browser", description = "browser, overview, review (the noisy review queue), runs or retrain; the last three need a trained run (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1400x860", description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--overlays", description = "Show the strength-adaptive crops and the inference tiles.")
    boolean overlays;

    @Override
    public Integer call() throws Exception {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--size must look like 1400x860, got " + size);
        }
        WindowSnapshot.View chosen = switch (view.toLowerCase(Locale.ROOT)) {
            case "browser" -> WindowSnapshot.View.BROWSER;
            case "overview" -> WindowSnapshot.View.OVERVIEW;
            case "review" -> WindowSnapshot.View.REVIEW;
            case "runs" -> WindowSnapshot.View.RUNS;
            case "retrain" -> WindowSnapshot.View.RETRAIN;
            default -> throw new IllegalArgumentException("--view must be browser, overview, review, runs or retrain, got " + view);
        };
        WindowSnapshot.render(new WindowSnapshot.Request(workspace.resolve(), clip, chosen, Integer.parseInt(parts[0].trim()),
                Integer.parseInt(parts[1].trim()), overlays, out));
        System.out.println("wrote " + out.toAbsolutePath());
        return ExitCodes.OK;
    }
}
