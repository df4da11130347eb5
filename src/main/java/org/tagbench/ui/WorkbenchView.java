package org.tagbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.tagbench.ui.browser.ClipBrowserView;
import org.tagbench.ui.export.ExportDialog;
import org.tagbench.ui.overview.OverviewView;
import org.tagbench.ui.timeline.TimelineView;
import org.tagbench.ui.timeline.TimelineViewModel;

/**
 * The main window's content: menus, the browser beside the timeline, the overview tab and the status bar.
 * Keys work from anywhere except while typing in a text field.
 */
public final class WorkbenchView extends BorderPane {
    public static final String SHORTCUTS = String.join("\n",
            "Space  play / pause", "Down or J / Up or K  next / previous clip", "Left / Right  scroll",
            "+ / -  zoom in / out (mouse wheel zooms at the pointer, Shift+wheel scrolls)", "0  whole clip",
            "L  loop the selection (drag on the timeline to select)", "[ / ]  half / double speed",
            "A  autoplay next clip", "C  crop overlay, R  re-sample crops, T  tiles", "M  next colormap",
            "Ctrl+F  search", "Ctrl+O  open workspace, Ctrl+I  import dataset");

    private final WorkbenchViewModel model;
    private final ClipBrowserView browser;
    private final TimelineView timeline;
    private final OverviewView overview;
    private final TabPane tabs = new TabPane();
    private final SplitPane split;

    public WorkbenchView(WorkbenchViewModel model, Executor raster) {
        this.model = model;
        this.browser = new ClipBrowserView(model.browser());
        this.timeline = new TimelineView(model.timeline(), model.playback(), raster);
        this.overview = new OverviewView(model.overview());
        getStyleClass().add("workbench");
        split = new SplitPane(browser, timeline);
        bindDivider(split, model.browserDividerProperty());
        bindDivider(timeline.panes(), model.timelineDividerProperty());
        Tab clips = new Tab("Clips", split);
        clips.setId("clips-tab");
        Tab charts = new Tab("Overview", overview);
        charts.setId("overview-tab");
        tabs.getTabs().addAll(clips, charts);
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
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
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

    public SplitPane split() {
        return split;
    }

    /** Places the first divider where the model says and reports every move back to it. */
    private static void bindDivider(SplitPane pane, DoubleProperty position) {
        SplitPane.Divider divider = pane.getDividers().get(0);
        divider.setPosition(position.get());
        divider.positionProperty().addListener((observable, before, after) -> position.set(after.doubleValue()));
        position.addListener((observable, before, after) -> divider.setPosition(after.doubleValue()));
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
        quit.setOnAction(event -> getScene().getWindow().hide());
        MenuItem export = ExportDialog.menuItem(model.jobs(), model.workspaceProperty(), () -> getScene().getWindow());
        Menu file = new Menu("File", null, open, importing, export, quit);
        MenuItem clips = new MenuItem("Clips");
        clips.setOnAction(event -> showClips());
        MenuItem charts = new MenuItem("Overview");
        charts.setOnAction(event -> showOverview());
        Menu view = new Menu("View", null, clips, charts);
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setOnAction(event -> new Alert(Alert.AlertType.INFORMATION, SHORTCUTS).showAndWait());
        return new MenuBar(file, view, new Menu("Help", null, keys));
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

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.F) {
            lookup("#clip-search").requestFocus();
            event.consume();
            return;
        }
        if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl || event.isShortcutDown()) {
            return;
        }
        if (handle(event.getCode())) {
            event.consume();
        }
    }

    /** Runs the action bound to a key; false when the key has none. */
    boolean handle(KeyCode code) {
        TimelineViewModel view = model.timeline();
        switch (code) {
            case SPACE -> model.playback().togglePlay();
            case DOWN, J -> model.browser().selectNext();
            case UP, K -> model.browser().selectPrevious();
            case LEFT -> view.scrollByViewShare(-0.1);
            case RIGHT -> view.scrollByViewShare(0.1);
            case PLUS, EQUALS, ADD -> view.zoomAroundCentre(0.5);
            case MINUS, SUBTRACT -> view.zoomAroundCentre(2);
            case DIGIT0, NUMPAD0, HOME -> view.zoomToFit();
            case L -> timeline.toggleLoop();
            case OPEN_BRACKET -> model.playback().slower();
            case CLOSE_BRACKET -> model.playback().faster();
            case A -> model.playback().autoplayProperty().set(!model.playback().autoplayProperty().get());
            case C -> view.showCropsProperty().set(!view.showCropsProperty().get());
            case R -> view.resampleCrops();
            case T -> view.showTilesProperty().set(!view.showTilesProperty().get());
            case M -> view.colormapProperty().set(nextColormap(view));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static org.tagbench.ui.timeline.Colormap nextColormap(TimelineViewModel view) {
        var all = org.tagbench.ui.timeline.Colormap.values();
        return all[(view.colormapProperty().get().ordinal() + 1) % all.length];
    }
}
