package org.tagbench.ui.retrain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobCancelledException;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.jobs.ProgressListener;
import org.tagbench.app.pipeline.RetrainOptions;
import org.tagbench.app.pipeline.RetrainOutcome;
import org.tagbench.app.pipeline.RetrainRequest;
import org.tagbench.app.pipeline.RetrainService;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ml.train.EpochReport;
import org.tagbench.store.EpochRecord;
import org.tagbench.store.RunRecord;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.jobs.RunningJob;
import org.tagbench.ui.runs.ActiveEnsemble;

/**
 * The retrain pane's state: what to train (pipeline, preset, folds, epochs), the running retrain as a job (its
 * epochs as chart points per fold, stage, progress, time left, cancel) and, once it ends, the new run beside the
 * active ensemble with an action that makes it active. Without a live retrain the charts show the newest run's stored
 * epochs. Everything here changes on the UI thread; training runs on a job thread.
 */
public final class RetrainViewModel {
    public static final int MIN_FOLDS = 2;
    public static final int MAX_FOLDS = 10;
    public static final int MIN_EPOCHS = 1;
    public static final int MAX_EPOCHS = 500;

    private final JobRunner jobs;
    private final Executor ui;
    private final ActiveEnsemble active;
    private final LongSupplier nanoTime;
    private final ObservableList<String> pipelines = FXCollections.observableArrayList(RetrainRequest.pipelines());
    private final ObservableList<String> presets = FXCollections.observableArrayList();
    private final StringProperty pipeline = new SimpleStringProperty(RetrainRequest.TRAIN);
    private final StringProperty preset = new SimpleStringProperty();
    private final StringProperty presetNote = new SimpleStringProperty("");
    private RetrainOptions options;
    private final ObjectProperty<Integer> folds = new SimpleObjectProperty<>(5);
    private final ObjectProperty<Integer> epochs = new SimpleObjectProperty<>(20);
    private final SimpleStringProperty device = new SimpleStringProperty("looking for a GPU...");
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();
    private final SimpleStringProperty stage = new SimpleStringProperty("");
    private final SimpleStringProperty timeLeft = new SimpleStringProperty("");
    private final SimpleStringProperty chartSource = new SimpleStringProperty("no run yet");
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private final ObservableList<EpochPoint> points = FXCollections.observableArrayList();
    private final SimpleObjectProperty<RunsService.Comparison> result = new SimpleObjectProperty<>();
    private final List<Consumer<Long>> runFinishedListeners = new ArrayList<>();
    private Workspace workspace;
    private boolean showing;
    private boolean loaded;
    private RunningJob job;
    private long startedNanos;
    private int totalEpochs;
    /** Whether folds and epochs were chosen by the user (now or in an earlier session), not filled from the plan. */
    private boolean formChosen;
    private boolean fillingDefaults;

    public RetrainViewModel(JobRunner jobs, Executor ui, ActiveEnsemble active) {
        this(jobs, ui, active, System::nanoTime);
    }

    RetrainViewModel(JobRunner jobs, Executor ui, ActiveEnsemble active, LongSupplier nanoTime) {
        this.jobs = jobs;
        this.ui = ui;
        this.active = active;
        this.nanoTime = nanoTime;
        folds.addListener(observable -> formChosen |= !fillingDefaults);
        epochs.addListener(observable -> formChosen |= !fillingDefaults);
        active.runIdsProperty().addListener((observable, before, after) -> {
            if (result.get() != null && !running.get()) {
                compare(result.get().runId()); // "Make active" here or in the runs view: the result line follows
            }
        });
    }

    /** Folds and epochs remembered from an earlier session; 0 or a value out of range leaves the preset's plan. */
    public void restoreForm(int savedFolds, int savedEpochs) {
        if (savedFolds >= MIN_FOLDS && savedFolds <= MAX_FOLDS && savedEpochs >= MIN_EPOCHS && savedEpochs <= MAX_EPOCHS) {
            folds.set(savedFolds);
            epochs.set(savedEpochs);
            formChosen = true;
        }
    }

    /** The folds to remember for the next session: 0 while the preset's plan fills them. */
    public int chosenFolds() {
        return formChosen && folds.get() != null ? folds.get() : 0;
    }

    public int chosenEpochs() {
        return formChosen && epochs.get() != null ? epochs.get() : 0;
    }

    /** Sets the result to a finished run beside the active ensemble as it is now (a job). */
    public void compare(long runId) {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        jobs.submit(new Job<RunsService.Comparison>() {
            @Override
            public String title() {
                return "Compare run " + runId + " with the active ensemble";
            }

            @Override
            public RunsService.Comparison run(JobContext context) {
                context.step(0, "scoring run " + runId + " and the active ensemble");
                return new RunsService(target).compareWithActive(runId);
            }
        }, comparison -> {
            boolean sameRun = result.get() == null || result.get().runId() == comparison.runId();
            if (workspace == target && !running.get() && sameRun) {
                result.set(comparison);
            }
        }, error -> problem.set(error.getMessage()));
    }

    /** A workspace opened: its options and stored charts are read when the pane is next shown. */
    public void load(Workspace opened) {
        workspace = opened;
        loaded = false;
        result.set(null);
        if (showing) {
            readOptions();
        }
    }

    /**
     * The pane is shown or hidden. Looking for a GPU loads the PyTorch engine, so it waits until the pane is first
     * shown rather than slowing every workspace open.
     */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && !loaded && workspace != null) {
            readOptions();
        }
    }

    /** What the pane offers on this machine, and the newest run's stored epochs as charts (a job). */
    private void readOptions() {
        loaded = true;
        Workspace opened = workspace;
        jobs.submit(new Job<Loaded>() {
            @Override
            public String title() {
                return "Retrain options";
            }

            @Override
            public Loaded run(JobContext context) {
                context.step(0, "looking for a GPU");
                RetrainOptions options = RetrainOptions.detect();
                RetrainRequest defaults = new RetrainRequest(RetrainRequest.TRAIN, options.defaultPreset(), 0, 0).resolved();
                RunsService runs = new RunsService(opened);
                var newest = runs.newestWithEpochs();
                return new Loaded(options, defaults, newest.orElse(null),
                        newest.map(run -> runs.epochs(run.id())).orElse(List.of()));
            }
        }, this::show, error -> problem.set(error.getMessage()));
    }

    /** The options and stored charts a {@link #load} found. */
    private record Loaded(RetrainOptions options, RetrainRequest defaults, RunRecord storedRun,
                          List<EpochRecord> storedEpochs) {}

    private void show(Loaded loaded) {
        if (options == null) {
            preset.addListener((property, old, chosen) -> presetNote.set(options.describe(chosen)));
        }
        options = loaded.options();
        presets.setAll(loaded.options().presets());
        preset.set(loaded.options().defaultPreset());
        presetNote.set(options.describe(preset.get()));
        if (!formChosen) {
            fillingDefaults = true;
            folds.set(loaded.defaults().folds());
            epochs.set(loaded.defaults().epochs());
            fillingDefaults = false;
        }
        device.set(loaded.options().gpu() ? "GPU found: GPU presets first" : "no GPU found: CPU presets");
        if (!running.get()) {
            showStored(loaded.storedRun(), loaded.storedEpochs());
        }
        ready.set(true);
    }

    /** Charts a run's recorded epochs; {@code run} is null when there is none yet. */
    private void showStored(RunRecord run, List<EpochRecord> stored) {
        points.setAll(pointsOf(stored));
        chartSource.set(run == null ? "no run yet" : "run " + run.id() + ", " + run.preset() + " (stored epochs)");
    }

    /** The chart points of a run's stored epochs, in the order they were recorded. */
    static List<EpochPoint> pointsOf(List<EpochRecord> stored) {
        List<EpochPoint> charted = new ArrayList<>();
        for (EpochRecord epoch : stored) {
            charted.add(EpochPoint.next(charted, epoch.fold(), epoch.trainLoss(), epoch.validationLwlrap()));
        }
        return charted;
    }

    /** The retrain the form describes. */
    public RetrainRequest request() {
        return new RetrainRequest(pipeline.get(), preset.get(), folds.get(), epochs.get());
    }

    /** Starts the retrain the form describes as a job. Call on the UI thread. */
    public void start() {
        if (workspace == null || running.get()) {
            return;
        }
        RetrainRequest request;
        try {
            request = request();
        } catch (RuntimeException e) {
            problem.set(e.getMessage());
            return;
        }
        begin(request);
        Workspace target = workspace;
        job = jobs.submit(new Job<Optional<RunsService.Comparison>>() {
            @Override
            public String title() {
                return "Retrain " + request.pipeline() + " " + request.preset();
            }

            @Override
            public Optional<RunsService.Comparison> run(JobContext context) throws Exception {
                JobContext mirrored = new JobContext(mirrorProgress(context), context.cancellation());
                int total = request.totalEpochs();
                ui.execute(() -> totalEpochs = total); // queued before the first epoch's point
                try {
                    RetrainOutcome outcome = new RetrainService(target).run(request, mirrored,
                            report -> ui.execute(() -> onEpoch(report)));
                    context.step(1, "comparing run " + outcome.runId() + " with the active ensemble");
                    return Optional.of(new RunsService(target).compareWithActive(outcome.runId()));
                } catch (JobCancelledException cancelled) {
                    return Optional.empty();
                }
            }
        }, this::finish, this::fail);
    }

    private void begin(RetrainRequest request) {
        points.clear();
        result.set(null);
        problem.set("");
        progress.set(0);
        stage.set("starting " + request.pipeline() + " with " + request.preset());
        timeLeft.set(TimeLeft.describe(Optional.empty()));
        chartSource.set("live: " + request.pipeline() + " " + request.preset());
        running.set(true);
        startedNanos = nanoTime.getAsLong();
    }

    /** Passes progress on to the status bar and mirrors it into the pane, at most one update queued at a time. */
    private ProgressListener mirrorProgress(JobContext context) {
        AtomicReference<String> latestMessage = new AtomicReference<>("");
        AtomicReference<Double> latestFraction = new AtomicReference<>(0.0);
        AtomicBoolean queued = new AtomicBoolean();
        return (fraction, message) -> {
            context.progress().progress(fraction, message);
            latestFraction.set(fraction);
            latestMessage.set(message);
            if (queued.compareAndSet(false, true)) {
                ui.execute(() -> {
                    queued.set(false);
                    progress.set(latestFraction.get());
                    stage.set(latestMessage.get());
                });
            }
        };
    }

    /** An epoch finished: a point on each chart and a new estimate of the time left. */
    void onEpoch(EpochReport report) {
        points.add(EpochPoint.next(points, report.fold(), report.trainLoss(), report.validationLwlrap()));
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startedNanos);
        timeLeft.set(TimeLeft.describe(TimeLeft.estimate(elapsed, points.size(), totalEpochs)));
    }

    private void finish(Optional<RunsService.Comparison> comparison) {
        running.set(false);
        job = null;
        if (comparison.isEmpty()) {
            stage.set("cancelled; the run can be resumed from the command line");
            timeLeft.set("");
            return;
        }
        progress.set(1);
        timeLeft.set("");
        stage.set("finished run " + comparison.get().runId());
        result.set(comparison.get());
        runFinishedListeners.forEach(listener -> listener.accept(comparison.get().runId()));
    }

    private void fail(Throwable error) {
        running.set(false);
        job = null;
        timeLeft.set("");
        problem.set("retrain failed: " + error.getMessage());
    }

    /** Asks the running retrain to stop at its next safe point. */
    public void cancel() {
        if (job != null) {
            job.cancel();
            stage.set("cancelling...");
        }
    }

    /** Makes the finished run the active ensemble. */
    public void makeActive() {
        RunsService.Comparison finished = result.get();
        if (finished != null) {
            active.activate(List.of(finished.runId()));
        }
    }

    /** Called on the UI thread with the new run's id when a retrain finishes (suggestions and queues refresh). */
    public void addRunFinishedListener(Consumer<Long> listener) {
        runFinishedListeners.add(listener);
    }

    /**
     * "New run 12: OOF lwlrap 0.6120 on 44 curated clips, labels as now  ·  active ensemble (runs [3, 4]): OOF lwlrap
     * 0.5800 on 44 curated clips, labels as now": the same figures as the runs view and {@code tagbench runs}.
     */
    public static String describe(RunsService.Comparison comparison) {
        String run = "New run " + comparison.runId() + ": " + comparison.run().describe();
        if (comparison.active() == null) {
            return run + "  ·  no active ensemble yet";
        }
        if (comparison.activeRuns().equals(List.of(comparison.runId()))) {
            return run + "  ·  now the active ensemble";
        }
        return run + "  ·  active ensemble (runs " + comparison.activeRuns() + "): " + comparison.active().describe();
    }

    public ObservableList<String> pipelines() {
        return pipelines;
    }

    public ObservableList<String> presets() {
        return presets;
    }

    public StringProperty pipelineProperty() {
        return pipeline;
    }

    /** A recipe's members under the preset choice; empty for a single model. */
    public StringProperty presetNoteProperty() {
        return presetNote;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public ObjectProperty<Integer> foldsProperty() {
        return folds;
    }

    public ObjectProperty<Integer> epochsProperty() {
        return epochs;
    }

    /** Which presets the device calls for. */
    public ReadOnlyStringProperty deviceProperty() {
        return device;
    }

    /** True once the presets are known and a retrain can start. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft;
    }

    /** What the charts show: the live retrain or a stored run. */
    public ReadOnlyStringProperty chartSourceProperty() {
        return chartSource;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Chart points in the order the epochs finished. */
    public ObservableList<EpochPoint> points() {
        return points;
    }

    /** The finished run beside the active ensemble; null before a retrain finishes. */
    public ReadOnlyObjectProperty<RunsService.Comparison> resultProperty() {
        return result;
    }

    public ActiveEnsemble activeEnsemble() {
        return active;
    }
}
