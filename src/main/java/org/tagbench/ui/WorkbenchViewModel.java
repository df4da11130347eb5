package org.tagbench.ui;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.inference.RunWindowsService;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.review.QueueEntry;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.audio.playback.AudioSink;
import org.tagbench.ui.browser.ClipBrowserViewModel;
import org.tagbench.ui.browser.ClipRow;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.keys.KeyBindings;
import org.tagbench.ui.overview.OverviewViewModel;
import org.tagbench.ui.playback.PlaybackViewModel;
import org.tagbench.ui.retrain.RetrainViewModel;
import org.tagbench.ui.review.ReviewQueueViewModel;
import org.tagbench.ui.review.TagPanelViewModel;
import org.tagbench.ui.runs.ActiveEnsemble;
import org.tagbench.ui.runs.RunsViewModel;
import org.tagbench.ui.settings.Settings;
import org.tagbench.ui.settings.SettingsAutosave;
import org.tagbench.ui.settings.SettingsStore;
import org.tagbench.ui.timeline.Colormap;
import org.tagbench.ui.timeline.TimelineViewModel;

/**
 * The window's state: which workspace is open, and the feature view models wired together (selecting a clip
 * opens it on the timeline, a decoded clip goes to the player, the end of a clip advances when autoplay is on).
 * Opening and importing run as jobs; settings are applied at start and written shortly after every change.
 */
public final class WorkbenchViewModel implements AutoCloseable {
    private static final long AUTOSAVE_DELAY_MS = 500;

    private final JobRunner jobs;
    private final SettingsStore settingsStore;
    private final ClipBrowserViewModel browser;
    private final TimelineViewModel timeline;
    private final PlaybackViewModel playback;
    private final OverviewViewModel overview;
    private final TagPanelViewModel tags;
    private final ReviewQueueViewModel review;
    private final SimpleObjectProperty<KeyBindings> keyBindings = new SimpleObjectProperty<>(KeyBindings.defaults());
    private final ActiveEnsemble activeEnsemble;
    private final RunsViewModel runs;
    private final RetrainViewModel retrain;
    private final SimpleObjectProperty<Workspace> workspace = new SimpleObjectProperty<>();
    private final SimpleStringProperty title = new SimpleStringProperty("Tagbench");
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private final SimpleDoubleProperty windowWidth = new SimpleDoubleProperty();
    private final SimpleDoubleProperty windowHeight = new SimpleDoubleProperty();
    private final SimpleObjectProperty<Double> windowX = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Double> windowY = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty windowPlaced = new SimpleBooleanProperty(true);
    private final SimpleDoubleProperty browserDivider = new SimpleDoubleProperty();
    private final SimpleDoubleProperty timelineDivider = new SimpleDoubleProperty();
    private final SettingsAutosave autosave;
    private Settings settings;
    private ClipId clipToSelect;

    /** The background threads the window's view models hand their work to, so the UI thread never waits. */
    public record Background(Executor filtering, Executor database, Executor suggesting) {
        /** Everything on the calling thread, for tests. */
        public static Background direct() {
            return new Background(Runnable::run, Runnable::run, Runnable::run);
        }
    }

    public WorkbenchViewModel(JobRunner jobs, Executor ui, Background background, AudioSink.Factory sinks,
                              SettingsStore settingsStore) {
        this.jobs = jobs;
        this.settingsStore = settingsStore;
        this.browser = new ClipBrowserViewModel(jobs, ui, background.filtering());
        this.timeline = new TimelineViewModel(jobs, ui);
        this.playback = new PlaybackViewModel(sinks, ui);
        this.overview = new OverviewViewModel(jobs);
        this.tags = new TagPanelViewModel(ui, background.database(), background.suggesting(), reviewer());
        this.review = new ReviewQueueViewModel(ui, background.database());
        this.activeEnsemble = new ActiveEnsemble(jobs);
        this.runs = new RunsViewModel(jobs, activeEnsemble);
        this.retrain = new RetrainViewModel(jobs, ui, activeEnsemble);
        retrain.addRunFinishedListener(runId -> {
            runs.refresh();
            modelChanged(); // with no active ensemble the newest run suggests, so a new run changes suggestions too
        });
        activeEnsemble.runIdsProperty().addListener((observable, before, after) -> {
            modelChanged();
            timeline.refreshRunWindows(); // the overlays draw the active run's windows
        });
        this.settings = settingsStore.load();
        if (settingsStore.lastProblem() != null) {
            problem.set(settingsStore.lastProblem());
        }
        apply(settings);
        this.autosave = new SettingsAutosave(settingsStore, AUTOSAVE_DELAY_MS,
                error -> ui.execute(() -> problem.set(cannotSave(error))));
        saveOnChange();
        browser.selectedProperty().addListener((observable, before, after) -> {
            boolean sameClip = before != null && after != null && before.fname().equals(after.fname());
            if (after != null && !sameClip) {
                playback.pause();
                timeline.open(after.clip());
                tags.show(after.fname(), review.labelFor(after.fname()));
            }
        });
        timeline.mediaProperty().addListener((observable, before, after) -> {
            if (after != null && review.activeProperty().get() && review.autoplayProperty().get()) {
                playback.play();
            }
        });
        tags.setOnDecision(this::afterDecision);
        review.currentProperty().addListener((observable, before, after) -> showQueueItem(after));
        timeline.mediaProperty().addListener((observable, before, after) -> {
            if (after != null) {
                playback.load(after.samples(), after.sampleRate());
            }
        });
        playback.setAdvance(browser::selectNext);
    }

    private static String reviewer() {
        return System.getProperty("user.name", "reviewer");
    }

    private void afterDecision(TagPanelViewModel.Outcome outcome) {
        if (outcome.stored().isPresent()) {
            browser.updateLabels(outcome.fname(), outcome.labelsAfter());
        }
        review.judged(outcome);
        ClipRow shown = browser.selectedProperty().get();
        if (outcome.undoOrRedo() && (shown == null || !shown.fname().equals(outcome.fname()))) {
            browser.selectFname(outcome.fname());
        }
    }

    /** Shows a queue item: selects its clip, or only its label when the clip is already on screen. */
    private void showQueueItem(QueueEntry entry) {
        if (entry == null || browser.allRows().isEmpty()) {
            return; // the clips are still loading: showing the workspace picks the queue's item up
        }
        ClipRow shown = browser.selectedProperty().get();
        if (shown != null && shown.fname().equals(entry.fname())) {
            tags.selectedLabelProperty().set(entry.label());
        } else if (!browser.selectFname(entry.fname())) {
            problem.set("queue item " + entry.fname() + " is not in this workspace");
        }
    }

    /** Next clip: the next queue item in review mode, else the next row of the browser. */
    public void nextClip() {
        if (review.activeProperty().get()) {
            review.next();
        } else {
            browser.selectNext();
        }
    }

    public void previousClip() {
        if (review.activeProperty().get()) {
            review.previous();
        } else {
            browser.selectPrevious();
        }
    }

    /** The active ensemble changed (a retrain finished, runs were made active): suggestions and queues follow. */
    public void modelChanged() {
        tags.modelChanged();
        if (review.activeProperty().get()) {
            review.reload();
        }
    }

    /** Opens a workspace folder; {@code clipFname} (may be null) is selected once the clips are shown. */
    public void openWorkspace(Path dir, String clipFname) {
        clipToSelect = clipFname == null || clipFname.isEmpty() ? null : ClipId.of(clipFname);
        jobs.submit(new Job<Opened>() {
            @Override
            public String title() {
                return "Open workspace";
            }

            @Override
            public Opened run(JobContext context) throws IOException {
                context.step(0, dir.toString());
                Workspace opened = Workspace.open(dir);
                try {
                    return new Opened(opened, opened.datasetRoot());
                } catch (RuntimeException e) {
                    opened.close();
                    throw e;
                }
            }
        }, this::show, error -> problem.set(error.getMessage()));
    }

    /** Imports a dataset folder into its default workspace (DATASET/.tagbench), then opens it. */
    public void importDataset(Path datasetDir) {
        jobs.submit(new Job<Path>() {
            @Override
            public String title() {
                return "Import " + datasetDir.getFileName();
            }

            @Override
            public Path run(JobContext context) throws IOException {
                Path dir = Workspace.defaultFor(datasetDir);
                try (Workspace target = Workspace.create(dir)) {
                    ImportReport report = ImportService.importDataset(datasetDir, target, context);
                    if (!report.complete()) {
                        context.progress().progress(1, report.problems().size() + " rows skipped, "
                                + report.partialClips().size() + " clips only partly decodable (see tagbench import)");
                    }
                }
                return dir;
            }
        }, dir -> openWorkspace(dir, null), error -> problem.set(error.getMessage()));
    }

    /** A folder dropped on the window: a workspace, a dataset with a workspace, or a dataset to import. */
    public void openDropped(Path folder) {
        if (Files.isRegularFile(folder.resolve("workspace.db"))) {
            openWorkspace(folder, null);
        } else if (Files.isRegularFile(Workspace.defaultFor(folder).resolve("workspace.db"))) {
            openWorkspace(Workspace.defaultFor(folder), null);
        } else {
            importDataset(folder);
        }
    }

    /** A workspace just opened, with what the window needs of it read on the job's thread, not the UI's. */
    private record Opened(Workspace workspace, Path datasetRoot) {}

    private void show(Opened shown) {
        Workspace opened = shown.workspace();
        Workspace previous = workspace.get();
        workspace.set(opened);
        if (previous != null) {
            previous.close();
        }
        title.set("Tagbench - " + opened.dir());
        problem.set("");
        tags.setWorkspace(opened);
        review.setWorkspace(opened);
        timeline.setDatasetRoot(shown.datasetRoot());
        RunWindowsService windows = new RunWindowsService(opened);
        timeline.setWindowSource(windows::windows);
        loadRuns(opened);
        browser.load(opened, () -> {
            overview.summarise(browser.allRows());
            selectInitialClip();
        });
    }

    private void loadRuns(Workspace opened) {
        activeEnsemble.load(opened);
        runs.load(opened);
        retrain.load(opened);
    }

    private void selectInitialClip() {
        ClipId wanted = clipToSelect;
        clipToSelect = null;
        if (review.currentProperty().get() != null) {
            showQueueItem(review.currentProperty().get());
            return;
        }
        if (wanted != null && browser.selectFname(wanted)) {
            return;
        }
        if (wanted != null) {
            problem.set("clip " + wanted + " is not in this workspace");
        }
        ClipRow first = browser.allRows().isEmpty() ? null : browser.allRows().get(0);
        if (first != null) {
            browser.selectedProperty().set(first);
        }
    }

    private void apply(Settings loaded) {
        timeline.presetProperty().set(loaded.melPreset());
        try {
            timeline.colormapProperty().set(Colormap.byLabel(loaded.colormap()));
        } catch (IllegalArgumentException e) {
            timeline.colormapProperty().set(Colormap.MAGMA);
        }
        timeline.floorDbProperty().set(loaded.floorDb());
        timeline.ceilingDbProperty().set(loaded.ceilingDb());
        timeline.minHzProperty().set(loaded.minHz());
        timeline.maxHzProperty().set(loaded.maxHz());
        timeline.showCropsProperty().set(loaded.showCrops());
        timeline.showTilesProperty().set(loaded.showTiles());
        playback.speedProperty().set(loaded.playbackSpeed());
        playback.volumeProperty().set(loaded.volume());
        playback.autoplayProperty().set(loaded.autoplay());
        windowWidth.set(loaded.windowWidth());
        windowHeight.set(loaded.windowHeight());
        windowX.set(loaded.windowX());
        windowY.set(loaded.windowY());
        browserDivider.set(loaded.browserDivider());
        timelineDivider.set(loaded.timelineDivider());
        keyBindings.set(KeyBindings.fromSettings(loaded.keyBindings()));
        retrain.restoreForm(loaded.retrainFolds(), loaded.retrainEpochs());
    }

    private void saveOnChange() {
        InvalidationListener save = observable -> autosave.changed(capture());
        for (Observable persisted : List.of(timeline.presetProperty(), timeline.colormapProperty(),
                timeline.floorDbProperty(), timeline.ceilingDbProperty(), timeline.minHzProperty(),
                timeline.maxHzProperty(), timeline.showCropsProperty(), timeline.showTilesProperty(),
                playback.speedProperty(), playback.volumeProperty(),
                playback.autoplayProperty(), windowWidth, windowHeight, windowX, windowY, browserDivider, timelineDivider,
                workspace, keyBindings, retrain.foldsProperty(), retrain.epochsProperty())) {
            persisted.addListener(save);
        }
    }

    /**
     * The settings as they are now, window layout included. A window smaller than its minimum (as a window manager
     * may map it for a moment) or one still being placed keeps the last layout: splits squeezed into it would come
     * back squeezed next time.
     */
    public Settings capture() {
        Workspace open = workspace.get();
        Settings last = settings;
        boolean fullSize = windowPlaced.get() && Settings.isFullSize(windowWidth.get(), windowHeight.get());
        settings = new Settings(timeline.presetProperty().get(), timeline.colormapProperty().get().label(),
                timeline.floorDbProperty().get(), timeline.ceilingDbProperty().get(), timeline.minHzProperty().get(),
                timeline.maxHzProperty().get(), playback.speedProperty().get(), playback.volumeProperty().get(),
                playback.autoplayProperty().get(), timeline.showCropsProperty().get(), timeline.showTilesProperty().get(),
                fullSize ? windowWidth.get() : last.windowWidth(),
                fullSize ? windowHeight.get() : last.windowHeight(),
                fullSize ? browserDivider.get() : last.browserDivider(),
                fullSize ? timelineDivider.get() : last.timelineDivider(),
                open == null ? last.lastWorkspace() : open.dir().toString(),
                keyBindings.get().toSettings(), retrain.chosenFolds(), retrain.chosenEpochs(),
                fullSize ? windowX.get() : last.windowX(), fullSize ? windowY.get() : last.windowY()).withDefaults();
        return settings;
    }

    public void saveSettings(Settings toSave) {
        autosave.saveNow(toSave);
    }

    private String cannotSave(IOException error) {
        return "cannot save settings to " + settingsStore.file() + ": " + error.getMessage();
    }

    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    /** False while the window is being placed on the screen (its size and position are not yet the user's). */
    public BooleanProperty windowPlacedProperty() {
        return windowPlaced;
    }

    /** The window's position on the screen; null until it has been placed. */
    public ObjectProperty<Double> windowXProperty() {
        return windowX;
    }

    public ObjectProperty<Double> windowYProperty() {
        return windowY;
    }

    /** Share of the clips tab given to the browser, beside the timeline. */
    public DoubleProperty browserDividerProperty() {
        return browserDivider;
    }

    /** Share of the timeline's height given to the waveform, above the spectrogram. */
    public DoubleProperty timelineDividerProperty() {
        return timelineDivider;
    }

    public Settings settings() {
        return settings;
    }

    public JobRunner jobs() {
        return jobs;
    }

    public ClipBrowserViewModel browser() {
        return browser;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public PlaybackViewModel playback() {
        return playback;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public TagPanelViewModel tags() {
        return tags;
    }

    public ReviewQueueViewModel review() {
        return review;
    }

    /** The keys of every action; a new value is saved with the settings. */
    public ObjectProperty<KeyBindings> keyBindingsProperty() {
        return keyBindings;
    }

    public RunsViewModel runs() {
        return runs;
    }

    public RetrainViewModel retrain() {
        return retrain;
    }

    /** The runs whose models suggest tags; it changes on the UI thread when someone makes other runs active. */
    public ActiveEnsemble activeEnsemble() {
        return activeEnsemble;
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** The latest problem worth showing the user (failed open, unreadable settings), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /**
     * Quits: closes the window through {@code closeWindow} at once, or, while a job runs, after cancelling it and
     * waiting (bounded) until it has stopped, the status line saying so; a retrain stops at its next batch.
     */
    public void quit(Runnable closeWindow) {
        jobs.stopAllThen(JobRunner.STOP_WAIT, closeWindow);
    }

    @Override
    public void close() {
        jobs.close(); // first: a job still running may write to the workspace closed below
        autosave.close();
        playback.close();
        Workspace open = workspace.get();
        if (open != null) {
            open.close();
        }
    }
}
