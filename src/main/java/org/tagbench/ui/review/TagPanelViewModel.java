package org.tagbench.ui.review;

import org.tagbench.domain.ClipId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tagbench.app.inference.ClipSuggestions;
import org.tagbench.app.inference.SuggestionService;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.review.ReviewSession;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelState;
import org.tagbench.store.Decision;
import org.tagbench.store.LabelRecord;

/**
 * The tag panel of the selected clip: its labels, the active ensemble's suggestions, its decision history, and the
 * decisions themselves (accept, reject, add, undo, redo). Database work runs on {@code database}, model work on
 * {@code suggesting}; results come back on {@code ui} and are dropped when the clip changed meanwhile.
 */
public final class TagPanelViewModel {
    public static final int SHOWN_SUGGESTIONS = 9;

    private final Executor ui;
    private final Executor database;
    private final Executor suggesting;
    private final String reviewer;
    private final ObservableList<LabelRecord> labels = FXCollections.observableArrayList();
    private final ObservableList<ClipSuggestions.Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Decision> history = FXCollections.observableArrayList();
    private final ObjectProperty<java.util.Map<String, ClipSuggestions.Suggestion>> scoreOfClass =
            new SimpleObjectProperty<>(java.util.Map.of());
    private final ObservableList<String> classes = FXCollections.observableArrayList();
    private final ObjectProperty<ClipId> clip = new SimpleObjectProperty<>();
    private final StringProperty selectedLabel = new SimpleStringProperty();
    private final StringProperty suggestionStatus = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<ClipId> suggestionsShownFor = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ObjectProperty<ReviewSession.Summary> summary =
            new SimpleObjectProperty<>(new ReviewSession.Summary(0, 0, 0));
    private Consumer<Outcome> onDecision = outcome -> { };
    private Workspace workspace;
    private ReviewSession session;
    private SuggestionService suggester;
    private String preferredLabel;

    public TagPanelViewModel(Executor ui, Executor database, Executor suggesting, String reviewer) {
        this.ui = ui;
        this.database = database;
        this.suggesting = suggesting;
        this.reviewer = reviewer;
    }

    /** Whether a stored decision is a new judgement or takes one back (undo) or re-applies it (redo). */
    public enum Step { JUDGEMENT, UNDO, REDO }

    /**
     * What a key press on a label did: the clip and label judged, the stored decision (empty when nothing was
     * stored), whether it was a judgement, an undo or a redo, and the clip's labels after it.
     */
    public record Outcome(ClipId fname, String className, Optional<Decision> stored, Step step,
                          List<LabelRecord> labelsAfter) {
        Outcome withLabels(List<LabelRecord> labels) {
            return new Outcome(fname, className, stored, step, labels);
        }

        public boolean undoOrRedo() {
            return step != Step.JUDGEMENT;
        }
    }

    /** Called after every judgement, undo and redo, on the UI thread, once it is stored. */
    public void setOnDecision(Consumer<Outcome> listener) {
        this.onDecision = listener;
    }

    public void setWorkspace(Workspace opened) {
        SuggestionService previous = suggester;
        workspace = opened;
        session = new ReviewSession(new DecisionService(opened), reviewer);
        suggester = new SuggestionService(opened, "auto");
        if (previous != null) {
            suggesting.execute(previous::close);
        }
        classes.clear();
        database.execute(() -> {
            List<String> read = opened.classes();
            ui.execute(() -> {
                if (workspace == opened) {
                    classes.setAll(read);
                }
            });
        });
        summary.set(session.summary());
        updateUndoRedo();
    }

    /** Shows a clip; {@code preferred} (may be null) is the label to select, e.g. the review queue's. */
    public void show(ClipId shown, String preferred) {
        preferredLabel = preferred;
        clip.set(shown);
        reload(shown, true);
    }

    /** The model changed (a new run, a new active ensemble): drop cached suggestions and ask again. */
    public void modelChanged() {
        SuggestionService current = suggester;
        if (current != null) {
            suggesting.execute(current::refresh);
            ClipId shown = clip.get();
            if (shown != null) {
                loadSuggestions(shown);
            }
        }
    }

    private void reload(ClipId shown, boolean newClip) {
        if (session == null || shown == null) {
            return;
        }
        DecisionService decisions = new DecisionService(workspace);
        database.execute(() -> {
            List<LabelRecord> read = decisions.labelsOf(shown);
            List<Decision> past = decisions.history(shown);
            ui.execute(() -> {
                if (shown.equals(clip.get())) {
                    labels.setAll(read);
                    history.setAll(past);
                    if (newClip || selectedLabel.get() == null) {
                        selectedLabel.set(initialSelection(read));
                    }
                }
            });
        });
        loadSuggestions(shown);
    }

    private String initialSelection(List<LabelRecord> read) {
        if (preferredLabel != null) {
            return preferredLabel;
        }
        return read.stream().filter(l -> l.state() == LabelState.PENDING).findFirst()
                .or(() -> read.stream().findFirst()).map(LabelRecord::className).orElse(null);
    }

    private void loadSuggestions(ClipId shown) {
        SuggestionService service = suggester;
        suggesting.execute(() -> {
            try {
                if (!service.hasModel()) {
                    showSuggestions(shown, List.of(), List.of(), "no trained run yet: retrain to get suggestions");
                    return;
                }
                ClipSuggestions found = service.suggest(shown);
                showSuggestions(shown, found.top(SHOWN_SUGGESTIONS), found.ranked(), found.basis());
            } catch (RuntimeException | java.io.IOException e) {
                showSuggestions(shown, List.of(), List.of(), "no suggestions: " + e.getMessage());
            }
        });
    }

    private void showSuggestions(ClipId shown, List<ClipSuggestions.Suggestion> top, List<ClipSuggestions.Suggestion> all,
                                 String status) {
        java.util.Map<String, ClipSuggestions.Suggestion> byClass = new java.util.HashMap<>();
        all.forEach(suggestion -> byClass.put(suggestion.className(), suggestion));
        ui.execute(() -> {
            if (shown.equals(clip.get())) {
                scoreOfClass.set(java.util.Map.copyOf(byClass));
                suggestions.setAll(top);
                suggestionStatus.set(status);
                suggestionsShownFor.set(shown);
            }
        });
    }

    public void accept() {
        String label = selectedLabel.get();
        if (label != null) {
            store(label, id -> Optional.of(session.accept(id, label)));
        }
    }

    public void reject() {
        String label = selectedLabel.get();
        if (label != null) {
            store(label, id -> Optional.of(session.reject(id, label)));
        }
    }

    /** Accepts the n-th (1-based) suggestion shown: confirms the label, or adds it when the clip lacks it. */
    public void acceptSuggestion(int n) {
        if (n >= 1 && n <= suggestions.size()) {
            String label = suggestions.get(n - 1).className();
            selectedLabel.set(label);
            store(label, id -> Optional.of(session.accept(id, label)));
        }
    }

    public void add(String className) {
        if (className == null || !classes.contains(className)) {
            problem.set("'" + className + "' is not a class of this workspace");
            return;
        }
        selectedLabel.set(className);
        store(className, id -> Optional.of(session.accept(id, className)));
    }

    public void undo() {
        storeAnywhere(() -> session.undo().map(d -> new Outcome(d.fname(), d.className(), Optional.of(d), Step.UNDO, List.of())));
    }

    public void redo() {
        storeAnywhere(() -> session.redo().map(d -> new Outcome(d.fname(), d.className(), Optional.of(d), Step.REDO, List.of())));
    }

    /** Moves the selection through the clip's labels and then its suggestions. */
    public void selectNextLabel(int step) {
        List<String> choices = new java.util.ArrayList<>();
        labels.forEach(label -> choices.add(label.className()));
        suggestions.forEach(s -> {
            if (!choices.contains(s.className())) {
                choices.add(s.className());
            }
        });
        if (!choices.isEmpty()) {
            int index = choices.indexOf(selectedLabel.get());
            selectedLabel.set(choices.get(Math.floorMod(index + step, choices.size())));
        }
    }

    private void store(String label, java.util.function.Function<ClipId, Optional<Decision>> decide) {
        ClipId shown = clip.get();
        if (session != null && shown != null) {
            storeAnywhere(() -> Optional.of(new Outcome(shown, label, decide.apply(shown), Step.JUDGEMENT, List.of())));
        }
    }

    /** Runs a decision on the database thread; the UI hears of it, and the shown clip reloads, when it is stored. */
    private void storeAnywhere(Supplier<Optional<Outcome>> decide) {
        if (session == null) {
            return;
        }
        ReviewSession current = session;
        database.execute(() -> {
            try {
                Optional<Outcome> stored = decide.get()
                        .map(outcome -> outcome.withLabels(workspace.labelsOf(outcome.fname())));
                ReviewSession.Summary now = current.summary();
                boolean undo = current.canUndo();
                boolean redo = current.canRedo();
                ui.execute(() -> afterDecision(stored, now, undo, redo));
            } catch (RuntimeException e) {
                ui.execute(() -> problem.set("decision not stored: " + e.getMessage()));
            }
        });
    }

    private void afterDecision(Optional<Outcome> outcome, ReviewSession.Summary now, boolean undo, boolean redo) {
        summary.set(now);
        canUndo.set(undo);
        canRedo.set(redo);
        problem.set("");
        outcome.ifPresent(done -> {
            onDecision.accept(done);
            reload(clip.get(), false);
        });
    }

    private void updateUndoRedo() {
        canUndo.set(session != null && session.canUndo());
        canRedo.set(session != null && session.canRedo());
    }

    /** Closes the model on its own thread. */
    public void close() {
        SuggestionService current = suggester;
        if (current != null) {
            suggesting.execute(current::close);
        }
    }

    public ObservableList<LabelRecord> labels() {
        return labels;
    }

    public ObservableList<ClipSuggestions.Suggestion> suggestions() {
        return suggestions;
    }

    /** The model's view of every class of the shown clip, so labels outside the top suggestions show their score. */
    public ReadOnlyObjectProperty<java.util.Map<String, ClipSuggestions.Suggestion>> scoreOfClassProperty() {
        return scoreOfClass;
    }

    public ObservableList<Decision> history() {
        return history;
    }

    public ObservableList<String> classes() {
        return classes;
    }

    public ReadOnlyObjectProperty<ClipId> clipProperty() {
        return clip;
    }

    public StringProperty selectedLabelProperty() {
        return selectedLabel;
    }

    public ReadOnlyStringProperty suggestionStatusProperty() {
        return suggestionStatus;
    }

    /** The clip whose suggestions are on screen (null until the first arrive). */
    public ReadOnlyObjectProperty<ClipId> suggestionsShownForProperty() {
        return suggestionsShownFor;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyObjectProperty<ReviewSession.Summary> summaryProperty() {
        return summary;
    }
}
