package org.tagbench.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.tagbench.ui.jobs.JobRunner;

/** The JavaFX application; started through {@link Gui}, since a class extending Application cannot be the main class. */
public final class TagbenchApp extends Application {
    private static volatile Path initialWorkspace;
    private Workbench workbench;
    private Thread stopJobsOnExit;

    static void setInitialWorkspace(Path workspace) {
        initialWorkspace = workspace;
    }

    @Override
    public void start(Stage stage) {
        workbench = Workbench.forUser();
        stage.setScene(workbench.scene());
        stage.titleProperty().bind(workbench.model().titleProperty());
        stage.setOnHidden(event -> workbench.saveSettings());
        stage.setOnCloseRequest(event -> {
            if (workbench.model().jobs().isWorking()) {
                event.consume(); // closed once the job has stopped
                workbench.model().quit(stage::hide);
            }
        });
        // A JVM exit (a signal, System.exit) while a retrain runs would crash inside libtorch: stop the jobs first.
        stopJobsOnExit = new Thread(() -> workbench.model().jobs().stopAll(JobRunner.STOP_WAIT), "tagbench-stop-jobs");
        Runtime.getRuntime().addShutdownHook(stopJobsOnExit);
        stage.xProperty().addListener((observable, before, x) -> workbench.model().windowXProperty().set(x.doubleValue()));
        stage.yProperty().addListener((observable, before, y) -> workbench.model().windowYProperty().set(y.doubleValue()));
        WindowPlacement.show(stage, workbench.model().settings(), workbench.model().windowPlacedProperty());
        StartupProbe.startIfAsked(workbench);
        Path workspace = initialWorkspace != null ? initialWorkspace : lastWorkspace();
        if (workspace != null) {
            workbench.model().openWorkspace(workspace, null);
        }
    }

    /** The window's content once {@link #start} ran (the user-journey tests drive the real application). */
    Workbench workbench() {
        return workbench;
    }

    private Path lastWorkspace() {
        String last = workbench.model().settings().lastWorkspace();
        return last == null ? null : Path.of(last);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
        if (stopJobsOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopJobsOnExit);
            } catch (IllegalStateException exiting) {
                // the JVM is already exiting: the hook runs, and finds the jobs stopped
            }
        }
    }
}
