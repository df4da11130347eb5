package org.tagbench.ui.timeline;

import org.tagbench.domain.ClipId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tagbench.app.features.ClipAudio;
import org.tagbench.app.inference.RunWindows;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.dsp.MelChunker;
import org.tagbench.dsp.MelConfig;
import org.tagbench.store.ClipRecord;
import org.tagbench.ui.jobs.JobRunner;
import org.tagbench.ui.jobs.RunningJob;

/**
 * State of the timeline: the open clip (decoded, summarised), its spectrogram filling in chunk by chunk, the
 * display settings, the visible time range, the playback cursor and the overlays. Decoding and mel computation
 * run as jobs; switching clips cancels the previous clip's jobs. Recently opened clips stay decoded and
 * computed in small caches, so going back to a clip is instant.
 */
public final class TimelineViewModel {
    public static final double MIN_VIEW_SECONDS = 0.02;
    private static final int MEDIA_CACHE = 12;
    private static final int SPECTROGRAM_CACHE = 24;

    private final JobRunner jobs;
    private final Executor ui;
    private final LruCache<ClipId, ClipMedia> mediaCache = new LruCache<>(MEDIA_CACHE);
    private final LruCache<String, ClipSpectrogram> spectrogramCache = new LruCache<>(SPECTROGRAM_CACHE);

    private final ObjectProperty<ClipRecord> clip = new SimpleObjectProperty<>();
    private final ObjectProperty<ClipMedia> media = new SimpleObjectProperty<>();
    private final ObjectProperty<ClipSpectrogram> spectrogram = new SimpleObjectProperty<>();
    private final IntegerProperty spectrogramVersion = new SimpleIntegerProperty();
    private final ObjectProperty<RunWindows> runWindows = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    private final StringProperty preset = new SimpleStringProperty("fsd7th8th");
    private final ObjectProperty<Colormap> colormap = new SimpleObjectProperty<>(Colormap.MAGMA);
    private final DoubleProperty floorDb = new SimpleDoubleProperty(-80);
    private final DoubleProperty ceilingDb = new SimpleDoubleProperty(20);
    private final DoubleProperty minHz = new SimpleDoubleProperty(0);
    private final DoubleProperty maxHz = new SimpleDoubleProperty(22_050);

    private final DoubleProperty viewStart = new SimpleDoubleProperty(0);
    private final DoubleProperty viewDuration = new SimpleDoubleProperty(1);
    private final DoubleProperty cursor = new SimpleDoubleProperty(0);
    private final DoubleProperty selectionStart = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty selectionEnd = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty followCursor = new SimpleBooleanProperty(true);

    private final BooleanProperty showCrops = new SimpleBooleanProperty(false);
    private final BooleanProperty showTiles = new SimpleBooleanProperty(false);
    private final IntegerProperty cropCount = new SimpleIntegerProperty(5);
    private final IntegerProperty cropSeed = new SimpleIntegerProperty(1);

    private Path datasetRoot;
    private WindowSource windowSource;
    private RunningJob windowsJob;
    private RunningJob decodeJob;
    private RunningJob melJob;
    private int generation;

    public TimelineViewModel(JobRunner jobs, Executor ui) {
        this.jobs = jobs;
        this.ui = ui;
        preset.addListener((observable, before, after) -> requestSpectrogram());
    }

    /** The windows a run takes from a clip, computed off the JavaFX thread (decoding, log-mel). */
    @FunctionalInterface
    public interface WindowSource {
        RunWindows windows(ClipRecord clip) throws Exception;
    }

    /** Where the Crops and Tiles overlays get the active run's windows; null draws none. */
    public void setWindowSource(WindowSource source) {
        windowSource = source;
        refreshRunWindows();
    }

    /** Recomputes the open clip's run windows (the active run changed). */
    public void refreshRunWindows() {
        if (windowsJob != null) {
            windowsJob.cancel();
        }
        runWindows.set(null);
        ClipRecord shown = clip.get();
        if (shown == null || windowSource == null) {
            return;
        }
        int requested = generation;
        WindowSource source = windowSource;
        windowsJob = jobs.submit(new Job<RunWindows>() {
            @Override
            public String title() {
                return "Windows " + shown.fname();
            }

            @Override
            public RunWindows run(JobContext context) throws Exception {
                return source.windows(shown);
            }
        }, done -> {
            if (requested == generation) {
                runWindows.set(done);
            }
        }, error -> {
            if (requested == generation) {
                message.set("windows of " + shown.fname() + ": " + error.getMessage());
            }
        });
    }

    /** Clips are found under this folder (the workspace's dataset root); clears the caches of another dataset. */
    public void setDatasetRoot(Path root) {
        datasetRoot = root;
        mediaCache.clear();
        spectrogramCache.clear();
        close();
    }

    /** Closes the current clip. */
    public void close() {
        generation++;
        cancelJobs();
        clip.set(null);
        media.set(null);
        spectrogram.set(null);
        runWindows.set(null);
    }

    /** Shows a clip: at once when it is cached, else after a decode job; the spectrogram follows chunk by chunk. */
    public void open(ClipRecord record) {
        int opened = ++generation;
        cancelJobs();
        clip.set(record);
        clearSelection();
        cursor.set(0);
        message.set("");
        refreshRunWindows();
        ClipMedia cached = mediaCache.get(record.fname());
        if (cached != null && cached.sampleRate() == melConfig().sampleRate()) {
            showMedia(cached);
            return;
        }
        media.set(null);
        spectrogram.set(null);
        int rate = melConfig().sampleRate();
        decodeJob = jobs.submit(decode(record, rate), decoded -> {
            if (opened == generation) {
                mediaCache.put(record.fname(), decoded);
                showMedia(decoded);
            }
        }, error -> {
            if (opened == generation) {
                message.set(record.fname() + ": " + error.getMessage());
            }
        });
    }

    private Job<ClipMedia> decode(ClipRecord record, int rate) {
        Path root = datasetRoot;
        return new Job<>() {
            @Override
            public String title() {
                return "Decode " + record.fname();
            }

            @Override
            public ClipMedia run(JobContext context) throws Exception {
                context.step(0, Path.of(record.path()).getFileName().toString());
                ClipAudio audio = ClipAudio.decode(root, record, rate);
                context.step(0.8, "summarising");
                return new ClipMedia(record, audio.samples(), audio.sampleRate(),
                        WaveformSummary.of(audio.samples(), audio.sampleRate()), audio.warnings());
            }
        };
    }

    private void showMedia(ClipMedia shown) {
        media.set(shown);
        viewStart.set(0);
        viewDuration.set(Math.max(MIN_VIEW_SECONDS, shown.durationSeconds()));
        if (!shown.warnings().isEmpty()) {
            message.set(String.join("; ", shown.warnings()));
        }
        requestSpectrogram();
    }

    /** Computes (or takes from the cache) the spectrogram of the open clip for the current preset. */
    private void requestSpectrogram() {
        ClipMedia shown = media.get();
        if (shown == null) {
            return;
        }
        MelConfig config = melConfig();
        if (config.sampleRate() != shown.sampleRate()) {
            open(shown.clip());
            return;
        }
        if (melJob != null) {
            melJob.cancel();
        }
        String key = shown.clip().fname() + "|" + config.name();
        ClipSpectrogram target = spectrogramCache.computeIfAbsent(key,
                k -> new ClipSpectrogram(config, config.frameCount(shown.samples().length)));
        spectrogram.set(target);
        spectrogramVersion.set(spectrogramVersion.get() + 1);
        if (target.isComplete()) {
            return;
        }
        int requested = generation;
        melJob = jobs.submit(computeChunks(shown, target, chunkOrder(target)), done -> {
            if (requested == generation && spectrogram.get() == target) {
                spectrogramVersion.set(spectrogramVersion.get() + 1);
            }
        }, error -> message.set("spectrogram failed: " + error.getMessage()));
    }

    /** The chunks under the visible range first, then the rest in time order. */
    List<Integer> chunkOrder(ClipSpectrogram target) {
        double secondsPerFrame = target.secondsPerFrame();
        int first = target.chunkOfFrame((int) (viewStart.get() / secondsPerFrame));
        int last = target.chunkOfFrame((int) ((viewStart.get() + viewDuration.get()) / secondsPerFrame));
        List<Integer> order = new ArrayList<>();
        for (int chunk = first; chunk <= last; chunk++) {
            order.add(chunk);
        }
        for (int chunk = 0; chunk < target.chunks(); chunk++) {
            if (chunk < first || chunk > last) {
                order.add(chunk);
            }
        }
        order.removeIf(target::isReady);
        return order;
    }

    private Job<ClipSpectrogram> computeChunks(ClipMedia shown, ClipSpectrogram target, List<Integer> order) {
        AtomicBoolean repaintQueued = new AtomicBoolean();
        return new Job<>() {
            @Override
            public String title() {
                return "Spectrogram " + shown.clip().fname();
            }

            @Override
            public ClipSpectrogram run(JobContext context) {
                MelChunker chunker = new MelChunker(target.config());
                for (int i = 0; i < order.size(); i++) {
                    int chunk = order.get(i);
                    context.step((double) i / order.size(), "chunk " + (i + 1) + " of " + order.size());
                    target.fill(chunk, chunker.decibels(shown.samples(), target.chunkStart(chunk), target.chunkWidth(chunk)));
                    if (repaintQueued.compareAndSet(false, true)) {
                        ui.execute(() -> {
                            repaintQueued.set(false);
                            spectrogramVersion.set(spectrogramVersion.get() + 1);
                        });
                    }
                }
                return target;
            }
        };
    }

    private void cancelJobs() {
        if (windowsJob != null) {
            windowsJob.cancel();
        }
        if (decodeJob != null) {
            decodeJob.cancel();
        }
        if (melJob != null) {
            melJob.cancel();
        }
    }

    public MelConfig melConfig() {
        return MelConfig.preset(preset.get());
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code anchorSeconds} in place. */
    public void zoom(double factor, double anchorSeconds) {
        double total = clipDuration();
        if (total <= 0) {
            return;
        }
        double before = viewDuration.get();
        double after = Math.max(MIN_VIEW_SECONDS, Math.min(total, before * factor));
        double anchorShare = (anchorSeconds - viewStart.get()) / before;
        viewDuration.set(after);
        setViewStart(anchorSeconds - anchorShare * after);
    }

    public void zoomAroundCentre(double factor) {
        zoom(factor, viewStart.get() + viewDuration.get() / 2);
    }

    /** Scrolls by a share of the visible range (negative goes back). */
    public void scrollByViewShare(double share) {
        setViewStart(viewStart.get() + share * viewDuration.get());
    }

    public void zoomToFit() {
        double total = clipDuration();
        if (total > 0) {
            viewDuration.set(Math.max(MIN_VIEW_SECONDS, total));
            viewStart.set(0);
        }
    }

    public void setViewStart(double seconds) {
        double latest = Math.max(0, clipDuration() - viewDuration.get());
        viewStart.set(Math.max(0, Math.min(latest, seconds)));
    }

    /** Moves the cursor; while following, pages the view so the cursor stays visible. */
    public void moveCursor(double seconds) {
        cursor.set(seconds);
        double start = viewStart.get();
        double width = viewDuration.get();
        if (followCursor.get() && (seconds < start || seconds > start + width * 0.95)) {
            setViewStart(seconds - width * 0.05);
        }
    }

    public void select(double fromSeconds, double toSeconds) {
        double low = Math.max(0, Math.min(fromSeconds, toSeconds));
        double high = Math.min(clipDuration(), Math.max(fromSeconds, toSeconds));
        if (high - low < MIN_VIEW_SECONDS) {
            clearSelection();
        } else {
            selectionStart.set(low);
            selectionEnd.set(high);
        }
    }

    public void clearSelection() {
        selectionStart.set(Double.NaN);
        selectionEnd.set(Double.NaN);
    }

    public boolean hasSelection() {
        return !Double.isNaN(selectionStart.get());
    }

    public void resampleCrops() {
        cropSeed.set(cropSeed.get() + 1);
    }

    /** Starts of crops drawn by the active run's training sampler for the current seed, in the run's frames. */
    public int[] cropStarts() {
        RunWindows windows = runWindows.get();
        return windows == null ? new int[0] : windows.trainingCropStarts(cropCount.get(), cropSeed.get());
    }

    /** Starts of the windows the active run's inference cuts from the clip, in the run's frames (may begin before 0). */
    public int[] tileStarts() {
        RunWindows windows = runWindows.get();
        return windows == null ? new int[0] : windows.inferenceStarts();
    }

    public int tileFrames() {
        RunWindows windows = runWindows.get();
        return windows == null ? 0 : windows.windowFrames();
    }

    /** Mel bands [low, high] whose centre frequency lies in the chosen range (at least one band). */
    public int[] visibleBands() {
        double[] centres = MelChunker.bandCentresHz(melConfig());
        int low = 0;
        while (low < centres.length - 1 && centres[low] < minHz.get()) {
            low++;
        }
        int high = centres.length - 1;
        while (high > low && centres[high] > maxHz.get()) {
            high--;
        }
        return new int[] {low, high};
    }

    public double clipDuration() {
        ClipMedia shown = media.get();
        return shown == null ? 0 : shown.durationSeconds();
    }

    public ReadOnlyObjectProperty<ClipRecord> clipProperty() {
        return clip;
    }

    public ReadOnlyObjectProperty<ClipMedia> mediaProperty() {
        return media;
    }

    public ReadOnlyObjectProperty<ClipSpectrogram> spectrogramProperty() {
        return spectrogram;
    }

    /** Changes whenever more of the spectrogram is ready to paint. */
    public ReadOnlyIntegerProperty spectrogramVersionProperty() {
        return spectrogramVersion;
    }

    /** The active run's windows of the open clip, null until computed. */
    public ReadOnlyObjectProperty<RunWindows> runWindowsProperty() {
        return runWindows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public ObjectProperty<Colormap> colormapProperty() {
        return colormap;
    }

    public DoubleProperty floorDbProperty() {
        return floorDb;
    }

    public DoubleProperty ceilingDbProperty() {
        return ceilingDb;
    }

    public DoubleProperty minHzProperty() {
        return minHz;
    }

    public DoubleProperty maxHzProperty() {
        return maxHz;
    }

    public DoubleProperty viewStartProperty() {
        return viewStart;
    }

    public DoubleProperty viewDurationProperty() {
        return viewDuration;
    }

    public DoubleProperty cursorProperty() {
        return cursor;
    }

    public DoubleProperty selectionStartProperty() {
        return selectionStart;
    }

    public DoubleProperty selectionEndProperty() {
        return selectionEnd;
    }

    public BooleanProperty followCursorProperty() {
        return followCursor;
    }

    public BooleanProperty showCropsProperty() {
        return showCrops;
    }

    public BooleanProperty showTilesProperty() {
        return showTiles;
    }

    public IntegerProperty cropCountProperty() {
        return cropCount;
    }

    public IntegerProperty cropSeedProperty() {
        return cropSeed;
    }
}
