package org.tagbench.ui.timeline;

import static org.tagbench.ui.layout.WrappingBar.group;
import static org.tagbench.ui.layout.WrappingBar.wrappingBar;

import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.tagbench.dsp.MelConfig;
import org.tagbench.ui.playback.PlaybackView;
import org.tagbench.ui.playback.PlaybackViewModel;

/**
 * The timeline: a toolbar of spectrogram settings and overlays, the waveform above the spectrogram, and the
 * transport below. One animation timer samples the playback clock every frame and repaints only when something
 * changed; the cursor is a line over each canvas, so it moves smoothly without repainting them, while the view
 * follows it.
 */
public final class TimelineView extends BorderPane {
    private static final double WHEEL_ZOOM = 1.25;

    private final TimelineViewModel model;
    private final PlaybackViewModel playback;
    private final WaveformPane waveform;
    private final SpectrogramPane spectrogram;
    private final Label clipTitle = new Label("No clip selected");
    private final SplitPane panes = new SplitPane();
    private final AnimationTimer frameLoop = frameLoop();
    private boolean dirty = true;
    private boolean cursorMoved = true;
    private double dragStartSeconds = Double.NaN;

    public TimelineView(TimelineViewModel model, PlaybackViewModel playback, Executor raster) {
        this.model = model;
        this.playback = playback;
        this.waveform = new WaveformPane(model, SpectrogramPane.LEFT, SpectrogramPane.RIGHT);
        this.spectrogram = new SpectrogramPane(model, raster);
        getStyleClass().add("timeline");
        setTop(settingsBar());
        panes.setOrientation(Orientation.VERTICAL);
        panes.getItems().setAll(waveform, spectrogram);
        setCenter(panes);
        setBottom(new PlaybackView(playback));
        clipTitle.getStyleClass().add("clip-title");
        spectrogram.setOnImageReady(this::markDirty);
        Tooltip.install(spectrogram, new Tooltip("Wheel: zoom at the pointer · Shift+wheel: scroll · drag: select · click: seek"));
        wireRepaints();
        wireMouse(waveform, waveform::mapping);
        wireMouse(spectrogram, spectrogram::mapping);
        startFrameLoop();
    }

    /** The waveform above the spectrogram; its divider is the window's timeline split. */
    public SplitPane panes() {
        return panes;
    }

    public WaveformPane waveform() {
        return waveform;
    }

    public SpectrogramPane spectrogram() {
        return spectrogram;
    }

    private VBox settingsBar() {
        ComboBox<String> preset = new ComboBox<>(FXCollections.observableArrayList(
                MelConfig.presets().stream().map(MelConfig::name).toList()));
        preset.setId("preset-choice");
        preset.valueProperty().bindBidirectional(model.presetProperty());
        preset.setTooltip(new Tooltip("Mel front end (the FAT solutions' presets)"));

        ChoiceBox<Colormap> colormap = new ChoiceBox<>(FXCollections.observableArrayList(Colormap.values()));
        colormap.setId("colormap-choice");
        colormap.setTooltip(new Tooltip("Colormap"));
        colormap.valueProperty().bindBidirectional(model.colormapProperty());

        Spinner<Double> floor = decibelSpinner("floor-db", model.floorDbProperty().get());
        Spinner<Double> ceiling = decibelSpinner("ceiling-db", model.ceilingDbProperty().get());
        bindSpinner(floor, model.floorDbProperty());
        bindSpinner(ceiling, model.ceilingDbProperty());
        Spinner<Double> minHz = hertzSpinner("min-hz", model.minHzProperty().get());
        Spinner<Double> maxHz = hertzSpinner("max-hz", model.maxHzProperty().get());
        bindSpinner(minHz, model.minHzProperty());
        bindSpinner(maxHz, model.maxHzProperty());

        ToggleButton crops = new ToggleButton("Crops");
        crops.setId("crops-toggle");
        crops.setTooltip(new Tooltip("Crops drawn by the active run's training sampler (with the strength curve when it is"
                + " the 7th place's strength-adaptive one)"));
        crops.selectedProperty().bindBidirectional(model.showCropsProperty());
        Button resample = new Button("Re-sample");
        resample.setId("resample-button");
        resample.setTooltip(new Tooltip("Draw new crop windows with the next seed"));
        resample.setOnAction(event -> model.resampleCrops());
        resample.disableProperty().bind(model.showCropsProperty().not());
        ToggleButton tiles = new ToggleButton("Tiles");
        tiles.setId("tiles-toggle");
        tiles.setTooltip(new Tooltip("The windows the active run's inference scores (its tiles, crops or whole clip)"));
        tiles.selectedProperty().bindBidirectional(model.showTilesProperty());
        Label step = new Label();
        step.setId("tile-step");
        step.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var windows = model.runWindowsProperty().get();
            return windows == null ? "windows: -" : "windows of " + windows.source();
        }, model.runWindowsProperty()));
        step.setTooltip(new Tooltip("Whose windows the overlays draw: the active run, or the default preset when none is"
                + " active"));
        Button fit = new Button("Fit");
        fit.setId("fit-button");
        fit.setTooltip(new Tooltip("Show the whole clip"));
        fit.setOnAction(event -> model.zoomToFit());

        // Flow panes, not tool bars: in the timeline's default width a tool bar hid the Hz range behind its >> menu,
        // out of reach of the keyboard and of a glance. Each labelled group wraps to the next line as a unit.
        FlowPane clipBar = wrappingBar(clipTitle, group(crops, resample, tiles), step, fit);
        FlowPane displayBar = wrappingBar(group(preset, colormap), group(new Label("dB"), floor, new Label("to"), ceiling),
                group(new Label("Hz"), minHz, new Label("to"), maxHz));
        return new VBox(clipBar, displayBar);
    }

    private static Spinner<Double> decibelSpinner(String id, double initial) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(-160, 40, initial, 5));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(78);
        return spinner;
    }

    private static Spinner<Double> hertzSpinner(String id, double initial) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 22_050, initial, 250));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(92);
        return spinner;
    }

    private static void bindSpinner(Spinner<Double> spinner, javafx.beans.property.DoubleProperty property) {
        spinner.getValueFactory().valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                property.set(after);
            }
        });
        property.addListener((observable, before, after) -> spinner.getValueFactory().setValue(after.doubleValue()));
    }

    private void wireRepaints() {
        for (Observable source : new Observable[] {model.mediaProperty(), model.spectrogramProperty(),
                model.spectrogramVersionProperty(), model.runWindowsProperty(), model.colormapProperty(),
                model.floorDbProperty(), model.ceilingDbProperty(), model.minHzProperty(), model.maxHzProperty(),
                model.viewStartProperty(), model.viewDurationProperty(),
                model.selectionStartProperty(), model.selectionEndProperty(), model.showCropsProperty(),
                model.showTilesProperty(), model.cropSeedProperty(),
                waveform.widthProperty(), waveform.heightProperty(), spectrogram.widthProperty(),
                spectrogram.heightProperty()}) {
            source.addListener(observable -> markDirty());
        }
        model.cursorProperty().addListener(observable -> cursorMoved = true);
        model.clipProperty().addListener((observable, before, after) ->
                clipTitle.setText(after == null ? "No clip selected" : after.fname() + "  ·  " + after.split()));
    }

    private void markDirty() {
        dirty = true;
    }

    private void startFrameLoop() {
        frameLoop.start();
    }

    /** Stops repainting: a closed window's loop would otherwise keep running and reach its stopped executors. */
    public void stopFrameLoop() {
        frameLoop.stop();
    }

    private AnimationTimer frameLoop() {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                playback.tick();
                if (playback.playingProperty().get()) {
                    model.moveCursor(playback.positionProperty().get());
                }
                if (dirty) {
                    dirty = false;
                    waveform.redraw();
                    spectrogram.redraw();
                    cursorMoved = true;
                }
                if (cursorMoved) {
                    cursorMoved = false;
                    placeCursors();
                }
            }
        };
    }

    /** Repaints now (for snapshots, which cannot wait for the next animation frame). */
    public void repaintNow() {
        dirty = false;
        waveform.redraw();
        spectrogram.redraw();
        placeCursors();
    }

    private void placeCursors() {
        double seconds = model.cursorProperty().get();
        waveform.placeCursor(seconds);
        spectrogram.placeCursor(seconds);
    }

    private void wireMouse(javafx.scene.layout.Region pane, java.util.function.Supplier<TimeMapping> mapping) {
        pane.addEventHandler(ScrollEvent.SCROLL, event -> onScroll(event, mapping.get()));
        pane.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                dragStartSeconds = mapping.get().seconds(event.getX());
            }
        });
        pane.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (!Double.isNaN(dragStartSeconds)) {
                model.select(dragStartSeconds, mapping.get().seconds(event.getX()));
            }
        });
        pane.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (event.getButton() != MouseButton.PRIMARY || Double.isNaN(dragStartSeconds)) {
                return;
            }
            double released = mapping.get().seconds(event.getX());
            if (Math.abs(released - dragStartSeconds) * mapping.get().width() / model.viewDurationProperty().get() < 3) {
                model.clearSelection();
                seekTo(released);
            }
            dragStartSeconds = Double.NaN;
        });
    }

    private void seekTo(double seconds) {
        double target = Math.max(0, Math.min(model.clipDuration(), seconds));
        playback.seek(target);
        model.cursorProperty().set(target);
    }

    private void onScroll(ScrollEvent event, TimeMapping mapping) {
        double horizontal = event.isShiftDown() ? event.getDeltaY() : event.getDeltaX();
        if (horizontal != 0) {
            model.scrollByViewShare(-horizontal / Math.max(1, mapping.width()));
        } else if (event.getDeltaY() != 0) {
            model.zoom(event.getDeltaY() > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM, mapping.seconds(event.getX()));
        }
        event.consume();
    }

    /** Loops the selection if there is one, else the whole clip; a second press ends the loop. */
    public void toggleLoop() {
        if (playback.isLooping()) {
            playback.clearLoop();
        } else if (model.hasSelection()) {
            playback.loop(model.selectionStartProperty().get(), model.selectionEndProperty().get());
        } else if (model.clipDuration() > 0) {
            playback.loop(0, model.clipDuration());
        }
    }
}
