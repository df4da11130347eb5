package org.tagbench.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.tagbench.audio.playback.AudioSink;
import org.tagbench.audio.playback.SoundCardSink;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.settings.SettingsStore;

/**
 * Builds the window's content, the same way for the real window, the snapshot command and the tests: view
 * models on background executors, the views over them, and the scene with the stylesheet. Call on the FX thread.
 */
public final class Workbench implements AutoCloseable {
    private static final int JOB_THREADS = 2;

    private final ExecutorService filtering = daemonThread("tagbench-filter");
    private final ExecutorService raster = daemonThread("tagbench-raster");
    private final WorkbenchViewModel model;
    private final WorkbenchView view;
    private final Scene scene;

    public Workbench(SettingsStore settings, AudioSink.Factory sinks, double width, double height) {
        JobRunner jobs = new JobRunner(Platform::runLater, JOB_THREADS);
        this.model = new WorkbenchViewModel(jobs, Platform::runLater, filtering, sinks, settings);
        this.view = new WorkbenchView(model, raster);
        this.scene = new Scene(view, width, height);
        scene.widthProperty().addListener((observable, before, after) -> model.windowWidthProperty().set(after.doubleValue()));
        scene.heightProperty().addListener((observable, before, after) -> model.windowHeightProperty().set(after.doubleValue()));
        scene.getStylesheets().add(Workbench.class.getResource("/org/tagbench/ui/tagbench.css").toExternalForm());
    }

    /** The window with the user's settings and the sound card. */
    public static Workbench forUser() {
        SettingsStore settings = SettingsStore.userDefault();
        var saved = settings.load();
        return new Workbench(settings, SoundCardSink::open, saved.windowWidth(), saved.windowHeight());
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public WorkbenchView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }

    /** Saves the settings with the current window layout. */
    public void saveSettings() {
        model.saveSettings(model.capture());
    }

    @Override
    public void close() {
        view.timeline().stopFrameLoop();
        model.close();
        filtering.shutdownNow();
        raster.shutdownNow();
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
