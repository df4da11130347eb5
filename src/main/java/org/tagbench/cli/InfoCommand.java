package org.tagbench.cli;

import com.google.gson.GsonBuilder;
import java.util.concurrent.Callable;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.workspace.WorkspaceInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "info", description = "Show clips per split, classes and labels per source of a workspace; --classes lists the class names.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--classes", description = "Print the class names instead, one a line (what decide takes as LABEL).")
    boolean classes;

    @Override
    public Integer call() throws Exception {
        try (Workspace opened = workspace.open()) {
            if (classes) {
                opened.store().classes().forEach(System.out::println);
                return ExitCodes.OK;
            }
            WorkspaceInfo info = WorkspaceInfo.of(opened);
            if (json) {
                System.out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(info));
            } else {
                Reports.printInfo(info, System.out);
            }
            return ExitCodes.OK;
        }
    }
}
