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
    private final ExecutorService database = daemonThread("tagbench-database");
    private final ExecutorService suggesting = daemonThread("tagbench-suggest");
    private final WorkbenchViewModel model;
    private final WorkbenchView view;
    private final Scene scene;
    private boolean closed;

    public Workbench(SettingsStore settings, AudioSink.Factory sinks, double width, double height) {
        JobRunner jobs = new JobRunner(Platform::runLater, JOB_THREADS);
        this.model = new WorkbenchViewModel(jobs, Platform::runLater,
                new WorkbenchViewModel.Background(filtering, database, suggesting), sinks, settings);
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
        if (closed) {
            return;
        }
        closed = true;
        model.jobs().close(); // a retrain is stopped before anything it uses is closed
        view.timeline().stopFrameLoop();
        model.tags().close();
        finish(database);
        finish(suggesting);
        model.close();
        filtering.shutdownNow();
        raster.shutdownNow();
    }

    /** Lets queued work end (a decision being stored must reach the database before it closes), for a bounded time. */
    private static void finish(ExecutorService executor) {
        executor.shutdown();
        try {
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
