package org.tagbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.tagbench.ui.browser.ClipBrowserView;
import org.tagbench.ui.keys.KeyAction;
import org.tagbench.ui.keys.KeyBindingsDialog;
import org.tagbench.ui.keys.KeyDispatcher;
import org.tagbench.ui.review.ReviewBarView;
import org.tagbench.ui.review.TagPanelView;
import org.tagbench.ui.export.ExportDialog;
import org.tagbench.ui.overview.OverviewView;
import org.tagbench.ui.retrain.RetrainView;
import org.tagbench.ui.runs.RunsView;
import org.tagbench.ui.settings.Settings;
import org.tagbench.ui.timeline.TimelineView;
import org.tagbench.ui.timeline.TimelineViewModel;

/**
 * The main window's content: menus, the browser beside the timeline, the overview tab and the status bar.
 * Keys work from anywhere except while a field has focus ({@link KeyDispatcher} says exactly when).
 */
public final class WorkbenchView extends BorderPane {
    private static final double TAG_PANEL_WIDTH = 360;
    private static final double TAG_PANEL_MIN_WIDTH = 290;
    /** About what the timeline's tool bars need before they overflow. */
    private static final double TIMELINE_MIN_WIDTH = 480;

    private final WorkbenchViewModel model;
    private final ClipBrowserView browser;
    private final TimelineView timeline;
    private final OverviewView overview;
    private final TagPanelView tagPanel;
    private final MenuItem exportItem;
    private final RunsView runs;
    private final RetrainView retrain;
    private final Tab runsTab;
    private final Tab retrainTab;
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    /** Whether the window is at least its minimum size: splits squeezed in a smaller one are neither kept nor saved. */
    private final BooleanBinding fullSize;
    /** True once a full-size window's splits are placed: only then do divider moves reach the model. */
    private final javafx.beans.property.BooleanProperty layoutSettled = new javafx.beans.property.SimpleBooleanProperty();

    public WorkbenchView(WorkbenchViewModel model, Executor raster) {
        this.model = model;
        // the root's own size: it is the window's content, resized before the panes inside it are laid out
        this.fullSize = Bindings.createBooleanBinding(() -> Settings.isFullSize(getWidth(), getHeight()),
                widthProperty(), heightProperty());
        this.browser = new ClipBrowserView(model.browser());
        this.timeline = new TimelineView(model.timeline(), model.playback(), raster);
        this.overview = new OverviewView(model.overview());
        this.tagPanel = new TagPanelView(model.tags(), model.keyBindingsProperty()::get);
        this.exportItem = ExportDialog.menuItem(model.jobs(), model.workspaceProperty(), () -> getScene().getWindow());
        this.runs = new RunsView(model.runs());
        this.retrain = new RetrainView(model.retrain());
        getStyleClass().add("workbench");
        tagPanel.setMinWidth(TAG_PANEL_MIN_WIDTH);
        split = new SplitPane(browser, timeline, tagPanel);
        SplitPane.setResizableWithParent(tagPanel, false);
        bindDivider(split, model.browserDividerProperty(), layoutSettled);
        placeTagPanelWhenFullSize();
        model.keyBindingsProperty().addListener((observable, before, after) -> {
            tagPanel.keysChanged();
            showKeysInTooltips();
        });
        bindDivider(timeline.panes(), model.timelineDividerProperty(), layoutSettled);
        Tab clips = new Tab("Clips", new BorderPane(split, new ReviewBarView(model.review(), model.tags().classes()),
                null, null, null));
        clips.setId("clips-tab");
        Tab charts = new Tab("Overview", overview);
        charts.setId("overview-tab");
        runsTab = new Tab("Runs", runs);
        runsTab.setId("runs-tab");
        retrainTab = new Tab("Retrain", retrain);
        retrainTab.setId("retrain-tab");
        retrainTab.selectedProperty().addListener((observable, before, shown) -> model.retrain().setShowing(shown));
        tabs.getTabs().addAll(clips, charts, runsTab, retrainTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label problem = new Label();
        problem.setId("problem-label");
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        setTop(new VBox(menus(), problem));
        setCenter(tabs);
        setBottom(new StatusBarView(model.jobs()));
        new KeyDispatcher(model.keyBindingsProperty()::get, this::perform).install(this);
        // Tool bar items are only reachable by lookup once their skins exist, after the first layout in a scene.
        sceneProperty().addListener((observable, before, after) -> javafx.application.Platform.runLater(this::showKeysInTooltips));
        acceptDroppedFolders();
    }

    public ClipBrowserView browser() {
        return browser;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public void showOverview() {
        tabs.getSelectionModel().select(1);
    }

    public void showClips() {
        tabs.getSelectionModel().select(0);
    }

    public TagPanelView tagPanel() {
        return tagPanel;
    }

    public void showRuns() {
        tabs.getSelectionModel().select(runsTab);
    }

    /** Opens the retrain pane (Train > Retrain..., Ctrl+T). */
    public void showRetrain() {
        tabs.getSelectionModel().select(retrainTab);
    }

    public RunsView runs() {
        return runs;
    }

    public RetrainView retrain() {
        return retrain;
    }

    public SplitPane split() {
        return split;
    }

    /**
     * The tag panel starts at a fixed width (less in a small window, where the timeline comes first), placed at the
     * first layout of a full-size window and again whenever the window comes back to full size (a window manager
     * may map it tiny for a moment, see docs/decisions/0009).
     */
    private void placeTagPanelWhenFullSize() {
        fullSize.addListener((observable, before, after) -> {
            if (!after) {
                layoutSettled.set(false);
            }
        });
        boolean[] placing = {false};
        split.widthProperty().addListener((observable, before, after) -> {
            if (after.doubleValue() > 0 && fullSize.get() && !layoutSettled.get() && !placing[0]) {
                placing[0] = true;
                placeDividers();
                // growing from a squeezed layout, the split keeps the tag panel's squeezed width during this pass
                javafx.application.Platform.runLater(() -> {
                    placeDividers();
                    placing[0] = false;
                    layoutSettled.set(fullSize.get());
                });
            }
        });
    }

    private void placeDividers() {
        double width = split.getWidth();
        double browserEnd = model.browserDividerProperty().get();
        double timelineEnd = browserEnd + TIMELINE_MIN_WIDTH / width;
        double position = Math.max(timelineEnd, 1 - TAG_PANEL_WIDTH / width);
        split.setDividerPositions(browserEnd, Math.min(position, 1 - TAG_PANEL_MIN_WIDTH / width));
    }

    /**
     * Places the first divider where the model says and reports every move back to it once the layout is settled,
     * not moves forced by a window below its minimum size; the model's position comes back when it settles again.
     */
    private static void bindDivider(SplitPane pane, DoubleProperty position, ObservableBooleanValue settled) {
        SplitPane.Divider divider = pane.getDividers().get(0);
        divider.setPosition(position.get());
        divider.positionProperty().addListener((observable, before, after) -> {
            if (settled.get()) {
                position.set(after.doubleValue());
            }
        });
        position.addListener((observable, before, after) -> divider.setPosition(after.doubleValue()));
        settled.addListener((observable, before, after) -> {
            if (after) {
                divider.setPosition(position.get());
            }
        });
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open workspace...");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseFolder("Open a workspace folder (DATASET/.tagbench)")
                .ifPresent(folder -> model.openDropped(folder)));
        MenuItem importing = new MenuItem("Import dataset folder...");
        importing.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importing.setOnAction(event -> chooseFolder("Import a dataset folder (FSD2019, FSD2018, folder per class)")
                .ifPresent(model::importDataset));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> model.quit(() -> getScene().getWindow().hide()));
        Menu file = new Menu("File", null, open, importing, exportItem, quit);
        MenuItem clips = new MenuItem("Clips");
        clips.setOnAction(event -> showClips());
        MenuItem charts = new MenuItem("Overview");
        charts.setOnAction(event -> showOverview());
        MenuItem runList = new MenuItem("Runs");
        runList.setOnAction(event -> showRuns());
        Menu view = new Menu("View", null, clips, charts, runList);
        MenuItem review = keyedItem("Start / leave review mode", KeyAction.REVIEW_MODE, this::toggleReview);
        review.setId("review-menu");
        MenuItem undo = keyedItem("Undo decision", KeyAction.UNDO, model.tags()::undo);
        undo.setId("undo-menu");
        MenuItem redo = keyedItem("Redo decision", KeyAction.REDO, model.tags()::redo);
        redo.setId("redo-menu");
        MenuItem retraining = keyedItem("Retrain...", KeyAction.RETRAIN, this::showRetrain);
        retraining.setId("retrain-menu");
        MenuItem remap = new MenuItem("Keyboard shortcuts...");
        remap.setOnAction(event -> new KeyBindingsDialog(model.keyBindingsProperty().get()).showAndWait()
                .ifPresent(model.keyBindingsProperty()::set));
        MenuItem keys = new MenuItem("Keyboard shortcuts cheat sheet");
        keys.setOnAction(event -> showCheatSheet());
        return new MenuBar(file, view, new Menu("Review", null, review, undo, redo), new Menu("Train", null, retraining),
                new Menu("Settings", null, remap), new Menu("Help", null, keys));
    }

    /**
     * A menu item whose label names the current keys of its action, e.g. "Undo decision    U or Ctrl+Z". The keys are
     * shown in the label, not set as an accelerator: the scene would fire a plain-key accelerator such as U even
     * while typing in a field, around the {@link KeyDispatcher}'s policy.
     */
    private MenuItem keyedItem(String text, KeyAction action, Runnable onAction) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> menuText(text, model.keyBindingsProperty().get().displayText(action)), model.keyBindingsProperty()));
        item.setOnAction(event -> onAction.run());
        return item;
    }

    private static String menuText(String text, String keys) {
        return keys.isEmpty() ? text : text + "    " + keys;
    }

    private java.util.Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(chosen).map(File::toPath);
    }

    private void acceptDroppedFolders() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            event.setDropCompleted(openDropped(event.getDragboard().getFiles()));
            event.consume();
        });
    }

    /** What a drop does: opens or imports the first file when it is a folder; false when it is not. */
    boolean openDropped(java.util.List<File> files) {
        boolean folder = !files.isEmpty() && files.get(0).isDirectory();
        if (folder) {
            model.openDropped(files.get(0).toPath());
        }
        return folder;
    }

    /** Controls whose tooltips name the keys of the same action, kept current when the keys are remapped. */
    private static final Map<String, List<KeyAction>> KEYED_CONTROLS = Map.of(
            "#play-button", List.of(KeyAction.PLAY_PAUSE), "#crops-toggle", List.of(KeyAction.CROPS),
            "#resample-button", List.of(KeyAction.RESAMPLE_CROPS), "#tiles-toggle", List.of(KeyAction.TILES),
            "#fit-button", List.of(KeyAction.ZOOM_FIT), "#speed-choice", List.of(KeyAction.SLOWER, KeyAction.FASTER),
            "#autoplay-check", List.of(KeyAction.AUTOPLAY), "#colormap-choice", List.of(KeyAction.COLORMAP));

    private void showKeysInTooltips() {
        var keys = model.keyBindingsProperty().get();
        KEYED_CONTROLS.forEach((selector, actions) -> {
            if (lookup(selector) instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
                String base = (String) control.getProperties().computeIfAbsent("tooltip-base", k -> control.getTooltip().getText());
                String named = actions.stream().map(keys::displayText).collect(java.util.stream.Collectors.joining(" / "));
                control.getTooltip().setText(base + " (" + named + ")");
            }
        });
    }

    private void showCheatSheet() {
        Alert sheet = new Alert(Alert.AlertType.INFORMATION);
        sheet.setTitle("Keyboard shortcuts");
        sheet.setHeaderText("Keys do nothing while a field has focus (search, add a tag, a spinner), except the Ctrl chords of\n"
                + "review mode, retrain, export and search; Escape leaves the add-a-tag field. Change them in Settings.");
        sheet.getDialogPane().setContent(org.tagbench.ui.keys.CheatSheet.view(model.keyBindingsProperty().get(), 620));
        sheet.setResizable(true);
        sheet.showAndWait();
    }

    private void toggleReview() {
        if (model.review().activeProperty().get()) {
            model.review().stop();
        } else {
            model.review().start();
        }
    }

    void perform(KeyAction action) {
        TimelineViewModel view = model.timeline();
        switch (action) {
            case PLAY_PAUSE -> model.playback().togglePlay();
            case ACCEPT -> model.tags().accept();
            case REJECT -> model.tags().reject();
            case SUGGESTION_1, SUGGESTION_2, SUGGESTION_3, SUGGESTION_4, SUGGESTION_5, SUGGESTION_6, SUGGESTION_7,
                    SUGGESTION_8, SUGGESTION_9 -> model.tags().acceptSuggestion(action.ordinal() - KeyAction.SUGGESTION_1.ordinal() + 1);
            case ADD_TAG -> tagPanel.focusAddTag();
            case NEXT_LABEL -> model.tags().selectNextLabel(1);
            case PREVIOUS_LABEL -> model.tags().selectNextLabel(-1);
            case NEXT_CLIP -> model.nextClip();
            case PREVIOUS_CLIP -> model.previousClip();
            case UNDO -> model.tags().undo();
            case REDO -> model.tags().redo();
            case REVIEW_MODE -> toggleReview();
            case RETRAIN -> showRetrain();
            case EXPORT -> {
                if (!exportItem.isDisable()) {
                    exportItem.fire();
                }
            }
            case SCROLL_LEFT -> view.scrollByViewShare(-0.1);
            case SCROLL_RIGHT -> view.scrollByViewShare(0.1);
            case ZOOM_IN -> view.zoomAroundCentre(0.5);
            case ZOOM_OUT -> view.zoomAroundCentre(2);
            case ZOOM_FIT -> view.zoomToFit();
            case LOOP -> timeline.toggleLoop();
            case SLOWER -> model.playback().slower();
            case FASTER -> model.playback().faster();
            case AUTOPLAY -> model.playback().autoplayProperty().set(!model.playback().autoplayProperty().get());
            case CROPS -> view.showCropsProperty().set(!view.showCropsProperty().get());
            case RESAMPLE_CROPS -> view.resampleCrops();
            case TILES -> view.showTilesProperty().set(!view.showTilesProperty().get());
            case COLORMAP -> view.colormapProperty().set(nextColormap(view));
            case SEARCH -> lookup("#clip-search").requestFocus();
        }
    }

    private static org.tagbench.ui.timeline.Colormap nextColormap(TimelineViewModel view) {
        var all = org.tagbench.ui.timeline.Colormap.values();
        return all[(view.colormapProperty().get().ordinal() + 1) % all.length];
    }
}
