package org.tagbench.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ui.jobs.JobRunner;

/**
 * File > Export: a submission (2019 probabilities or 2018 top 3) of a split, or the reviewed labels, written by a job
 * while the dialog stays responsive; a submission scored against a chosen truth file shows its lwlrap and MAP@3.
 */
public final class ExportDialog extends Dialog<Void> {
    private static final StringConverter<Path> PATH_TEXT = new StringConverter<>() {
        @Override
        public String toString(Path path) {
            return path == null ? "" : path.toString();
        }

        @Override
        public Path fromString(String text) {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        }
    };

    private final ExportViewModel model;

    public ExportDialog(ExportViewModel model, Window owner) {
        this.model = model;
        initOwner(owner);
        setTitle("Export");
        setResizable(true);
        getDialogPane().setContent(form());
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setId("export-dialog");
    }

    /** The File menu's "Export..." (Ctrl+E), enabled while a workspace is open; one view model keeps the choices. */
    public static MenuItem menuItem(JobRunner jobs, ReadOnlyObjectProperty<Workspace> workspace, Supplier<Window> owner) {
        ExportViewModel model = new ExportViewModel(jobs, workspace);
        MenuItem item = new MenuItem("Export...");
        item.setId("export-menu");
        item.disableProperty().bind(workspace.isNull());
        item.setOnAction(event -> new ExportDialog(model, owner.get()).show());
        return item;
    }

    private GridPane form() {
        BooleanBinding labels = Bindings.createBooleanBinding(() -> !model.targetProperty().get().isSubmission(),
                model.targetProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Export"), targetChoice());
        grid.addRow(1, new Label("Split"), disabledWhen(splitChoice(), labels));
        grid.addRow(2, new Label(""), disabledWhen(pendingBox(), labels.not()));
        grid.addRow(3, new Label("File"), fileRow("export-out", model.outFileProperty(), true));
        grid.addRow(4, new Label("Truth (optional)"),
                disabledWhen(fileRow("export-truth", model.truthFileProperty(), false), labels));
        grid.addRow(5, new Label(""), exportRow());
        grid.addRow(6, new Label(""), resultLabel("export-status", model.statusProperty()));
        grid.addRow(7, new Label(""), resultLabel("export-scores", model.scoresProperty()));
        Label problem = resultLabel("export-problem", model.problemProperty());
        problem.getStyleClass().add("problem");
        grid.addRow(8, new Label(""), problem);
        return grid;
    }

    private ChoiceBox<ExportTarget> targetChoice() {
        ChoiceBox<ExportTarget> choice = new ChoiceBox<>();
        choice.setId("export-target");
        choice.getItems().setAll(ExportTarget.values());
        choice.valueProperty().bindBidirectional(model.targetProperty());
        return choice;
    }

    private ChoiceBox<String> splitChoice() {
        ChoiceBox<String> choice = new ChoiceBox<>(model.splits());
        choice.setId("export-split");
        choice.valueProperty().bindBidirectional(model.splitProperty());
        return choice;
    }

    private CheckBox pendingBox() {
        CheckBox box = new CheckBox("Include noisy labels nobody has judged yet");
        box.setId("export-include-pending");
        box.selectedProperty().bindBidirectional(model.includePendingProperty());
        return box;
    }

    private static <T extends Node> T disabledWhen(T node, BooleanBinding condition) {
        node.disableProperty().bind(condition);
        return node;
    }

    private HBox fileRow(String id, ObjectProperty<Path> file, boolean saving) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(file, PATH_TEXT);
        Button choose = new Button("Choose...");
        choose.setOnAction(event -> choose(file, saving));
        HBox row = new HBox(6, field, choose);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private void choose(ObjectProperty<Path> file, boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        if (file.get() != null && file.get().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(file.get().toAbsolutePath().getParent().toFile());
        }
        File chosen;
        if (saving) {
            chooser.setTitle("Export to");
            chooser.setInitialFileName(model.targetProperty().get().suggestedFileName());
            chosen = chooser.showSaveDialog(getOwner());
        } else {
            chooser.setTitle("Ground truth (fname,labels)");
            chosen = chooser.showOpenDialog(getOwner());
        }
        if (chosen != null) {
            file.set(chosen.toPath());
        }
    }

    private HBox exportRow() {
        Button export = new Button("Export");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(event -> model.export());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        return new HBox(8, export, progress);
    }

    private static Label resultLabel(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
