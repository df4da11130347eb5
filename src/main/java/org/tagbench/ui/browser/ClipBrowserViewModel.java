package org.tagbench.ui.browser;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Executor;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.ClipCatalog;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.DecodeStatus;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.jobs.JobRunner;

/**
 * The clip browser: every clip of the workspace with its labels, filtered by split, class, label source, review
 * state and text. Rows load in a job; filtering and sorting of tens of thousands of rows run on a background
 * thread and only the finished list is handed to the table, so typing in the search field never stalls the UI.
 */
public final class ClipBrowserViewModel {
    private final JobRunner jobs;
    private final Executor ui;
    private final Executor filtering;

    private final ObjectProperty<ObservableList<ClipRow>> rows =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ObservableList<String> splitChoices = FXCollections.observableArrayList();
    private final ObservableList<String> classChoices = FXCollections.observableArrayList();
    private final ObservableList<String> sourceChoices = FXCollections.observableArrayList(
            Arrays.stream(LabelSource.values()).map(LabelSource::dbName).toList());
    private final ObservableList<String> stateChoices = FXCollections.observableArrayList(
            Arrays.stream(LabelState.values()).map(LabelState::dbName).toList());
    private final ObservableList<String> chosenSplits = FXCollections.observableArrayList();
    private final ObservableList<String> chosenClasses = FXCollections.observableArrayList();
    private final ObservableList<String> chosenSources = FXCollections.observableArrayList();
    private final ObservableList<String> chosenStates = FXCollections.observableArrayList();
    private final ObservableList<String> decodingChoices = FXCollections.observableArrayList(DecodeStatus.ALL);
    private final ObservableList<String> chosenDecoding = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Comparator<ClipRow>> order = new SimpleObjectProperty<>();
    private final ObjectProperty<ClipRow> selected = new SimpleObjectProperty<>();
    private static final String NO_CLIPS = "No clips: File > Open workspace, or drop a dataset folder here";
    private final StringProperty summary = new SimpleStringProperty("No workspace open");
    private final StringProperty emptyTableMessage = new SimpleStringProperty(NO_CLIPS);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty someAudioNotWhole = new SimpleBooleanProperty(false);

    private List<ClipRow> allRows = List.of();
    private ObservableList<ClipRow> visibleRows = FXCollections.observableArrayList();
    private int filterVersion;

    public ClipBrowserViewModel(JobRunner jobs, Executor ui, Executor filtering) {
        this.jobs = jobs;
        this.ui = ui;
        this.filtering = filtering;
        ListChangeListener<String> refilterOnChange = change -> refilter();
        chosenSplits.addListener(refilterOnChange);
        chosenClasses.addListener(refilterOnChange);
        chosenSources.addListener(refilterOnChange);
        chosenStates.addListener(refilterOnChange);
        chosenDecoding.addListener(refilterOnChange);
        search.addListener((observable, before, after) -> refilter());
        order.addListener((observable, before, after) -> refilter());
    }

    /** Loads every clip and label of the workspace in a job, then shows them. */
    public void load(Workspace workspace, Runnable whenShown) {
        loading.set(true);
        summary.set("Loading clips...");
        jobs.submit(loadJob(workspace), loaded -> {
            classChoices.setAll(loaded.classes());
            setRows(loaded.rows());
            loading.set(false);
            whenShown.run();
        }, error -> {
            loading.set(false);
            summary.set("Cannot load clips: " + error.getMessage());
        });
    }

    private static Job<Loaded> loadJob(Workspace workspace) {
        return new Job<>() {
            @Override
            public String title() {
                return "Load clips";
            }

            @Override
            public Loaded run(JobContext context) {
                context.step(0, "reading clips and labels");
                ClipCatalog catalog = ClipCatalog.read(workspace);
                context.step(0.8, "joining " + catalog.clips().size() + " clips");
                return new Loaded(ClipRow.join(catalog.clips(), catalog.labels()), catalog.classes());
            }
        };
    }

    private record Loaded(List<ClipRow> rows, List<String> classes) {}

    /** Replaces all rows (from a load, or synthetic rows in tests and benchmarks). */
    public void setRows(List<ClipRow> loaded) {
        allRows = List.copyOf(loaded);
        someAudioNotWhole.set(allRows.stream().anyMatch(row -> !DecodeStatus.OK.equals(row.clip().decodeStatus())));
        TreeSet<String> splits = new TreeSet<>();
        for (ClipRow row : allRows) {
            splits.add(row.split());
        }
        splitChoices.setAll(splits);
        if (classChoices.isEmpty()) {
            TreeSet<String> classes = new TreeSet<>();
            allRows.forEach(row -> row.labels().forEach(label -> classes.add(label.className())));
            classChoices.setAll(classes);
        }
        refilter();
    }

    /** Recomputes the visible rows off the UI thread; a newer request supersedes an older one still running. */
    public void refilter() {
        int version = ++filterVersion;
        ClipFilter filter = currentFilter();
        Comparator<ClipRow> comparator = order.get();
        List<ClipRow> source = allRows;
        filtering.execute(() -> {
            List<ClipRow> visible = new ArrayList<>();
            for (ClipRow row : source) {
                if (filter.test(row)) {
                    visible.add(row);
                }
            }
            if (comparator != null) {
                visible.sort(comparator);
            }
            ui.execute(() -> {
                if (version == filterVersion) {
                    // A new list instead of setAll: the table then resets in O(visible rows) instead of diffing
                    // 30,000 removed against 30,000 added rows for its selection and focus models. A SortedList
                    // (kept in this order), since TableView clears its sort order when its items become any other
                    // kind of list, which undid every sort by a column header at once.
                    visibleRows = FXCollections.observableList(visible);
                    rows.set(new SortedList<>(visibleRows));
                    summary.set(String.format("%,d of %,d clips", visible.size(), source.size()));
                    emptyTableMessage.set(source.isEmpty() ? NO_CLIPS
                            : String.format("No clip matches the search and filters (%,d clips hidden)", source.size()));
                }
            });
        });
    }

    public ClipFilter currentFilter() {
        return new ClipFilter(new HashSet<>(chosenSplits), new HashSet<>(chosenClasses), new HashSet<>(chosenSources),
                new HashSet<>(chosenStates), search.get(), new HashSet<>(chosenDecoding));
    }

    public void selectNext() {
        moveSelection(1);
    }

    public void selectPrevious() {
        moveSelection(-1);
    }

    private void moveSelection(int step) {
        List<ClipRow> visible = rows.get();
        if (visible.isEmpty()) {
            return;
        }
        int index = indexOfSame(visible, selected.get());
        int next = index < 0 ? 0 : Math.max(0, Math.min(visible.size() - 1, index + step));
        selected.set(visible.get(next));
    }

    /** The position of this very row: identity, since comparing records field by field over 30,000 rows is slow. */
    public static int indexOfSame(List<ClipRow> rows, ClipRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Puts a clip's new labels (after a decision) into its row, where it is, keeping the selection on it; the filter
     * is not re-applied, so a row the reviewer just decided on does not jump away.
     */
    public void updateLabels(ClipId fname, List<LabelRecord> labels) {
        List<ClipRow> updated = new ArrayList<>(allRows);
        for (int i = 0; i < updated.size(); i++) {
            ClipRow old = updated.get(i);
            if (old.fname().equals(fname)) {
                ClipRow row = ClipRow.of(old.clip(), labels);
                updated.set(i, row);
                allRows = List.copyOf(updated);
                replaceVisible(old, row);
                return;
            }
        }
    }

    private void replaceVisible(ClipRow old, ClipRow row) {
        boolean wasSelected = selected.get() == old;
        int index = indexOfSame(visibleRows, old);
        if (index >= 0) {
            visibleRows.set(index, row);
        }
        if (wasSelected) {
            selected.set(row);
        }
    }

    /** Selects the row of a file name (filtered out or not); false when the workspace has no such clip. */
    public boolean selectFname(ClipId fname) {
        for (ClipRow row : allRows) {
            if (row.fname().equals(fname)) {
                selected.set(row);
                return true;
            }
        }
        return false;
    }

    /**
     * True when a clip's audio is partial, missing or not checked yet: only then does the browser spend a column on
     * it, so in a sound workspace the labels keep that room (the Audio filter is always there).
     */
    public javafx.beans.value.ObservableBooleanValue someAudioNotWholeProperty() {
        return someAudioNotWhole;
    }

    public List<ClipRow> allRows() {
        return allRows;
    }

    /** The visible rows, filtered and sorted; replaced as a whole on every change. */
    public ObservableList<ClipRow> rows() {
        return rows.get();
    }

    public ReadOnlyObjectProperty<ObservableList<ClipRow>> rowsProperty() {
        return rows;
    }

    public ObservableList<String> splitChoices() {
        return splitChoices;
    }

    public ObservableList<String> classChoices() {
        return classChoices;
    }

    public ObservableList<String> sourceChoices() {
        return sourceChoices;
    }

    public ObservableList<String> stateChoices() {
        return stateChoices;
    }

    public ObservableList<String> chosenSplits() {
        return chosenSplits;
    }

    public ObservableList<String> chosenClasses() {
        return chosenClasses;
    }

    public ObservableList<String> chosenSources() {
        return chosenSources;
    }

    public ObservableList<String> chosenStates() {
        return chosenStates;
    }

    /** How much of a clip's audio decodes: the choices of the "Audio" filter. */
    public ObservableList<String> decodingChoices() {
        return decodingChoices;
    }

    public ObservableList<String> chosenDecoding() {
        return chosenDecoding;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Comparator<ClipRow>> orderProperty() {
        return order;
    }

    public ObjectProperty<ClipRow> selectedProperty() {
        return selected;
    }

    /** What the table says when it shows no row: no clips at all, or none that the search and filters let through. */
    public ReadOnlyStringProperty emptyTableMessageProperty() {
        return emptyTableMessage;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
