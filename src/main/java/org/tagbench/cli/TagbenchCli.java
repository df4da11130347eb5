package org.tagbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tagbench.app.platform.BuildInfo;
import org.tagbench.app.platform.FailureLog;
import org.tagbench.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of the `tagbench` command: the same use cases as the window, usable headless. */
@Command(name = "tagbench", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = TagbenchCli.Version.class,
        description = "Workbench for multi-label audio tagging with noisy labels.",
        subcommands = {DemoCommand.class, DoctorCommand.class, ImportCommand.class, InfoCommand.class, MelCommand.class,
                FeaturesCommand.class, EvalCommand.class, ReviewQueueCommand.class, DecideCommand.class,
                HistoryCommand.class, EvalNoiseCommand.class, TrainCommand.class, RunsCommand.class,
                PredictCommand.class, ModelsCommand.class, PipelineCommand.class, GuiCommand.class,
                SnapshotCommand.class, ExportCommand.class, ExportBundleCommand.class, ImportPredictionsCommand.class})
public final class TagbenchCli implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        org.tagbench.audio.TarsosDebugFilter.install();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        // picocli already answers invalid input with 2 (ExitCode.USAGE); failures inside a command map to 2 below.
        CommandLine commandLine = new CommandLine(new TagbenchCli());
        commandLine.addSubcommand("bench", BenchmarksUnavailable.benchCommand());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            String prefix = cmd.getParent() == null ? "tagbench" : "tagbench " + cmd.getCommandName();
            Path log = FailureLog.user().record("tagbench " + String.join(" ", parsed.originalArgs()), error);
            cmd.getErr().println(prefix + ": " + describe(error) + (log == null ? "" : " (details in " + log + ")"));
            if (System.getenv("TAGBENCH_TRACE") != null) {
                error.printStackTrace(cmd.getErr());
            }
            return ExitCodes.ERROR;
        });
        return commandLine.execute(args);
    }

    private static String describe(Exception error) {
        if (String.valueOf(error.getMessage()).contains("Unable to open DISPLAY")) {
            return "the window needs a graphical session and none was found (DISPLAY is not set): run it on a desktop,"
                    + " or under xvfb-run; every other command works without one ('tagbench --help')";
        }
        if (error instanceof IOException || error instanceof StoreException || error instanceof IllegalArgumentException
                || error instanceof IllegalStateException) {
            return error.getMessage();
        }
        return error.toString();
    }

    /** With no subcommand the window opens on the demo dataset: the README's first command. */
    @Override
    public Integer call() throws Exception {
        return GuiCommand.openDemo();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {BuildInfo.current().describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
