package org.tagbench.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.tagbench.app.inference.ClipSuggestions;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.browser.ChipStrip;
import org.tagbench.ui.keys.KeyAction;
import org.tagbench.ui.keys.KeyBindings;

/**
 * The tag panel beside the timeline: the clip's labels with accept / reject buttons, the ensemble's suggestions as
 * score bars (doubted labels and likely missing ones marked), a type-ahead field to add a tag, undo / redo, the
 * sitting's summary and the clip's decision history. Every button's tooltip names its keys.
 */
public final class TagPanelView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final double BAR_WIDTH = 80;
    private static final double NAME_WIDTH = 140;

    private final TagPanelViewModel model;
    private final Supplier<KeyBindings> keys;
    private final VBox labelRows = new VBox(2);
    private final VBox suggestionRows = new VBox(2);
    private final TextField addField = new TextField();

    public TagPanelView(TagPanelViewModel model, Supplier<KeyBindings> keys) {
        this.model = model;
        this.keys = keys;
        getStyleClass().add("tag-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        Label title = new Label();
        title.getStyleClass().add("clip-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.clipProperty().get() == null ? "" : model.clipProperty().get().fname(), model.clipProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("warning-text");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        Label basis = new Label();
        basis.getStyleClass().add("hint");
        basis.setWrapText(true);
        basis.textProperty().bind(model.suggestionStatusProperty());
        getChildren().addAll(title, heading("Labels"), labelRows, decisionButtons(), heading("Suggestions"), basis,
                suggestionRows, addTag(), problem, summary(), heading("History"), history());
        rebuildOn(this::showLabels, model.labels(), model.selectedLabelProperty(), model.scoreOfClassProperty());
        rebuildOn(this::showSuggestions, model.suggestions(), model.selectedLabelProperty());
    }

    /** Focuses the add-tag field, for the keyboard. */
    public void focusAddTag() {
        addField.requestFocus();
    }

    /** Empties the add-tag field and hands the keys back to the window (Enter and Escape). */
    private void leaveAddTag() {
        addField.clear();
        if (addField.isFocused()) {
            getParent().requestFocus();
        }
    }

    /** Re-reads the keys for the tooltips after a remap. */
    public void keysChanged() {
        showLabels();
        showSuggestions();
    }

    private static void rebuildOn(Runnable rebuild, Observable... sources) {
        for (Observable source : sources) {
            source.addListener(observable -> rebuild.run());
        }
        rebuild.run();
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("panel-heading");
        return heading;
    }

    private Node decisionButtons() {
        Button accept = button("Accept", KeyAction.ACCEPT, model::accept);
        Button reject = button("Reject", KeyAction.REJECT, model::reject);
        Button undo = button("Undo", KeyAction.UNDO, model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("Redo", KeyAction.REDO, model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        accept.disableProperty().bind(model.selectedLabelProperty().isNull());
        reject.disableProperty().bind(model.selectedLabelProperty().isNull());
        return new HBox(4, accept, reject, undo, redo);
    }

    private Button button(String text, KeyAction action, Runnable onPress) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.setOnAction(event -> onPress.run());
        button.setTooltip(new Tooltip(action.description() + " (" + keys.get().displayText(action) + ")"));
        return button;
    }

    private void showLabels() {
        labelRows.getChildren().clear();
        if (model.labels().isEmpty()) {
            labelRows.getChildren().add(new Label("no labels"));
        }
        for (LabelRecord label : model.labels()) {
            ChipStrip chip = ChipStrip.of(label);
            Label state = new Label(label.source().dbName() + " · " + label.state().dbName());
            state.getStyleClass().add("hint");
            ClipSuggestions.Suggestion scored = model.scoreOfClassProperty().get().get(label.className());
            Label opinion = new Label(scored == null ? "" : String.format(Locale.ROOT, "p=%.2f %s", scored.score(), marker(scored)));
            opinion.getStyleClass().add(scored != null && scored.disagrees() ? "disagreement" : "hint");
            HBox row = selectableRow(label.className(), chip, state, opinion);
            row.setOnMouseClicked(event -> model.selectedLabelProperty().set(label.className()));
            labelRows.getChildren().add(row);
        }
    }

    private void showSuggestions() {
        suggestionRows.getChildren().clear();
        int n = 1;
        for (ClipSuggestions.Suggestion suggestion : model.suggestions()) {
            int index = n++;
            Label number = new Label(Integer.toString(index));
            number.getStyleClass().add("suggestion-number");
            Label name = new Label(suggestion.className());
            name.setMinWidth(NAME_WIDTH);
            name.setMaxWidth(NAME_WIDTH);
            Label score = new Label(String.format(Locale.ROOT, "%.2f", suggestion.score()));
            score.setMinWidth(Region.USE_PREF_SIZE);
            Label marker = new Label(marker(suggestion));
            marker.setMinWidth(Region.USE_PREF_SIZE);
            marker.getStyleClass().add(suggestion.disagrees() ? "disagreement" : "hint");
            HBox row = selectableRow(suggestion.className(), number, name, bar(suggestion), score, marker);
            Tooltip.install(row, new Tooltip("Accept (or add) " + suggestion.className() + ": "
                    + keys.get().displayText(KeyAction.suggestion(Math.min(index, 9)))));
            row.setOnMouseClicked(event -> model.acceptSuggestion(index));
            suggestionRows.getChildren().add(row);
        }
    }

    /** Why the model and the labels differ here, in a few words. */
    static String marker(ClipSuggestions.Suggestion suggestion) {
        if (suggestion.labelled()) {
            return suggestion.disagrees() ? "doubts this label" : "labelled";
        }
        return suggestion.disagrees() ? "missing?" : "";
    }

    private static Node bar(ClipSuggestions.Suggestion suggestion) {
        Region track = new Region();
        track.getStyleClass().add("score-track");
        track.setPrefSize(BAR_WIDTH, 10);
        Region fill = new Region();
        fill.getStyleClass().addAll("score-fill", suggestion.labelled() ? "labelled" : "unlabelled");
        fill.setMaxSize(BAR_WIDTH * Math.max(0, Math.min(1, suggestion.score())), 10);
        fill.setPrefSize(BAR_WIDTH * Math.max(0, Math.min(1, suggestion.score())), 10);
        StackPane stack = new StackPane(track, fill);
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        stack.setMaxWidth(BAR_WIDTH);
        return stack;
    }

    private HBox selectableRow(String className, Node... cells) {
        Pane spacer = new Pane();
        HBox row = new HBox(6, cells);
        row.getChildren().add(spacer);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("tag-row");
        if (className.equals(model.selectedLabelProperty().get())) {
            row.getStyleClass().add("selected-tag");
        }
        return row;
    }

    private Node addTag() {
        addField.setId("add-tag-field");
        addField.setPromptText("add a tag... (" + keys.get().displayText(KeyAction.ADD_TAG) + ")");
        var completion = TextFields.bindAutoCompletion(addField, request -> request.getUserText().isBlank()
                ? List.<String>of() : model.classes().stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).contains(request.getUserText().toLowerCase(Locale.ROOT))).toList());
        // Enter (or a click) on the completion list is taken by the list, not the field: choosing a class adds it
        completion.setOnAutoCompleted(event -> {
            model.add(event.getCompletion());
            leaveAddTag();
        });
        addField.setOnAction(event -> {
            model.add(addField.getText().trim());
            leaveAddTag();
        });
        // a filter: the text field's own Escape handling would otherwise take the key first
        addField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                leaveAddTag();
            }
        });
        model.clipProperty().addListener((observable, before, after) -> addField.clear());
        return addField;
    }

    private Node summary() {
        Label summary = new Label();
        summary.setId("sitting-summary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var now = model.summaryProperty().get();
            return String.format("This sitting: %d decisions, %d undone, %d labels flipped", now.decisions(),
                    now.undone(), now.labelsFlipped());
        }, model.summaryProperty()));
        return summary;
    }

    private Node history() {
        ListView<Decision> list = new ListView<>(model.history());
        list.setId("decision-history");
        list.setFocusTraversable(false);
        list.setPrefHeight(140);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(empty || decision == null ? null : describe(decision));
                // a cell's preferred width is its text's: 0 lets it take the list's width and wrap within it
                setPrefWidth(0);
                setWrapText(true);
            }
        });
        return list;
    }

    static String describe(Decision decision) {
        String before = decision.previousState() == null ? "absent" : decision.previousState();
        return TIME.format(decision.decidedAt()) + "  " + decision.action().name().toLowerCase(Locale.ROOT) + " "
                + decision.className() + " (" + before + " -> " + decision.newState() + ") by " + decision.decidedBy();
    }
}
