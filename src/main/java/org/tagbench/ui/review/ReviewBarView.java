package org.tagbench.ui.review;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * The review-mode bar above the clips: which queue, a class filter, the counter, why the current item is listed,
 * autoplay, and the way in and out of review mode.
 */
public final class ReviewBarView extends HBox {
    private static final String ALL_CLASSES = "all classes";

    public ReviewBarView(ReviewQueueViewModel model, ObservableList<String> classes) {
        getStyleClass().add("review-bar");
        setSpacing(8);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        ChoiceBox<ReviewQueueViewModel.Kind> kind = new ChoiceBox<>(
                FXCollections.observableArrayList(ReviewQueueViewModel.Kind.values()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setFocusTraversable(false);
        ComboBox<String> classFilter = classFilter(model, classes);
        CheckBox autoplay = new CheckBox("autoplay");
        autoplay.selectedProperty().bindBidirectional(model.autoplayProperty());
        autoplay.setFocusTraversable(false);
        Label progress = new Label();
        progress.setId("review-progress");
        progress.textProperty().bind(model.progressProperty());
        Label reason = new Label();
        reason.setId("review-reason");
        reason.getStyleClass().add("hint");
        reason.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var entry = model.currentProperty().get();
            return entry == null ? model.statusProperty().get() : entry.fname() + " · " + entry.label() + " · " + entry.reason();
        }, model.currentProperty(), model.statusProperty()));
        Button start = new Button("Start review");
        start.setId("review-start");
        start.setOnAction(event -> model.start());
        Button leave = new Button("Leave review");
        leave.setOnAction(event -> model.stop());
        start.visibleProperty().bind(model.activeProperty().not());
        start.managedProperty().bind(start.visibleProperty());
        leave.visibleProperty().bind(model.activeProperty());
        leave.managedProperty().bind(leave.visibleProperty());
        for (Button button : new Button[] {start, leave}) {
            button.setFocusTraversable(false);
        }
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new Label("Review"), kind, classFilter, start, leave, progress, reason, spacer, autoplay);
    }

    private static ComboBox<String> classFilter(ReviewQueueViewModel model, ObservableList<String> classes) {
        ObservableList<String> choices = FXCollections.observableArrayList(ALL_CLASSES);
        classes.addListener((javafx.collections.ListChangeListener<String>) change -> {
            choices.setAll(ALL_CLASSES);
            choices.addAll(classes);
        });
        choices.addAll(classes);
        ComboBox<String> box = new ComboBox<>(choices);
        box.setValue(ALL_CLASSES);
        box.setFocusTraversable(false);
        box.valueProperty().addListener((observable, before, after) ->
                model.classFilterProperty().set(after == null || after.equals(ALL_CLASSES) ? null : after));
        return box;
    }
}
