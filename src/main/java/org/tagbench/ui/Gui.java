package org.tagbench.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Opens the workbench window and returns when it is closed. */
public final class Gui {
    private Gui() {}

    /** {@code workspace} may be null: the last workspace of the previous session is reopened then. */
    public static void open(Path workspace) {
        TagbenchApp.setInitialWorkspace(workspace);
        Application.launch(TagbenchApp.class);
    }
}
