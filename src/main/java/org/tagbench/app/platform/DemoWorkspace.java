package org.tagbench.app.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tagbench.app.workspace.Workspace;

/**
 * Where the bundled demo dataset's workspace lives: beside the dataset in a checkout, in the user's data folder when
 * the dataset sits in a read-only installation (e.g. /opt/tagbench or Program Files).
 */
public final class DemoWorkspace {
    private DemoWorkspace() {}

    /** The demo dataset beside the installation (the launcher sets tagbench.home), else under the working folder. */
    public static Path dataset() {
        String home = System.getProperty("tagbench.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("datasets").resolve("demo").toAbsolutePath().normalize();
    }

    public static Path folderFor(Path dataset) {
        Path besideDataset = Workspace.defaultFor(dataset);
        if (Files.isDirectory(besideDataset) ? Files.isWritable(besideDataset) : Files.isWritable(dataset)) {
            return besideDataset;
        }
        return UserDataFolder.path().resolve("workspaces").resolve("demo");
    }
}
