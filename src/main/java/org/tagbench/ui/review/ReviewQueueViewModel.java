package org.tagbench.ui.review;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import javafx.collections.ObservableList;
import org.tagbench.app.review.QueueEntry;
import org.tagbench.app.review.ReviewQueueService;
import org.tagbench.app.workspace.Workspace;

/**
 * Review mode: walks a queue (noisy labels most likely wrong first, or unlabelled clips the ensemble is least sure
 * about), one label at a time. A judgement on the current item marks it done and moves on; the counter shows done
 * and remaining among the items that pass the class filter.
 */
public final class ReviewQueueViewModel {
    /** The longest queue loaded; a reviewer gets through a few hundred items a sitting. */
    static final int QUEUE_LIMIT = 20_000;

    public enum Kind {
        NOISY("Noisy labels, most likely wrong first"),
        UNCERTAIN("Unlabelled clips, most uncertain first");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Executor ui;
    private final Executor database;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final BooleanProperty autoplay = new SimpleBooleanProperty(true);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.NOISY);
    private final ObjectProperty<String> classFilter = new SimpleObjectProperty<>();
    private final ObservableList<QueueEntry> visible = FXCollections.observableArrayList();
    private final ObjectProperty<QueueEntry> current = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final Set<QueueEntry> done = new HashSet<>();
    private List<QueueEntry> loaded = List.of();
    private Workspace workspace;
    private int version;

    public ReviewQueueViewModel(Executor ui, Executor database) {
        this.ui = ui;
        this.database = database;
        kind.addListener((observable, before, after) -> {
            if (active.get()) {
                reload();
            }
        });
        classFilter.addListener((observable, before, after) -> applyFilter());
    }

    public void setWorkspace(Workspace opened) {
        workspace = opened;
        stop();
    }

    /** Enters review mode and loads the chosen queue. */
    public void start() {
        if (workspace == null) {
            status.set("open a workspace first");
            return;
        }
        active.set(true);
        done.clear();
        reload();
    }

    public void stop() {
        version++; // a queue still being ranked is no longer wanted, nor what it has to say
        status.set("");
        active.set(false);
        current.set(null);
        visible.clear();
        loaded = List.of();
        progress.set("");
    }

    /** Reloads the queue, e.g. after a retrain changed the ensemble; decided labels never come back. */
    public void reload() {
        int request = ++version;
        Kind wanted = kind.get();
        ReviewQueueService queues = new ReviewQueueService(workspace);
        status.set("ranking the queue...");
        database.execute(() -> {
            try {
                List<QueueEntry> entries = wanted == Kind.NOISY
                        ? queues.noisyQueue(List.of(), ReviewQueueService.DEFAULT_SCORE, QUEUE_LIMIT)
                        : queues.uncertaintyQueue(List.of(), QUEUE_LIMIT);
                String why = !entries.isEmpty() ? "" : "queue empty: " + (wanted == Kind.NOISY
                        ? queues.whyNoisyQueueIsEmpty(List.of()) : queues.whyUncertaintyQueueIsEmpty(List.of()));
                ui.execute(() -> loaded(request, entries, why));
            } catch (RuntimeException e) {
                ui.execute(() -> loaded(request, List.of(), "no queue: " + e.getMessage()));
            }
        });
    }

    /** A ranked queue, with why it is empty (or "" when it is not); an answer to an older request is dropped. */
    private void loaded(int request, List<QueueEntry> entries, String why) {
        if (request != version || !active.get()) {
            return;
        }
        loaded = List.copyOf(entries);
        // a re-ranked queue scores its items anew: what was done is matched by clip and label, not by score
        Set<List<Object>> closed = new HashSet<>();
        done.forEach(entry -> closed.add(List.of(entry.fname(), entry.label())));
        loaded.stream().filter(entry -> closed.contains(List.of(entry.fname(), entry.label()))).forEach(done::add);
        status.set(why);
        applyFilter();
    }

    /**
     * Shows the items that pass the class filter. The reviewer stays where they were: on the current item when it is
     * still listed and open, else on the first open item from the position they had reached.
     */
    private void applyFilter() {
        String only = classFilter.get();
        List<QueueEntry> kept = new ArrayList<>();
        for (QueueEntry entry : loaded) {
            if (only == null || only.equals(entry.label())) {
                kept.add(entry);
            }
        }
        QueueEntry was = current.get();
        int reached = Math.max(0, visible.indexOf(was));
        visible.setAll(kept);
        QueueEntry same = was == null ? null
                : kept.stream().filter(entry -> sameItem(entry, was) && !done.contains(entry)).findFirst().orElse(null);
        QueueEntry onward = firstOpen(Math.min(reached, Math.max(0, kept.size() - 1)), 1);
        current.set(same != null ? same : onward != null ? onward : firstOpen(0, 1));
        updateProgress();
    }

    private static boolean sameItem(QueueEntry a, QueueEntry b) {
        return a.fname().equals(b.fname()) && a.label().equals(b.label());
    }

    /** The next (step 1) or previous (step -1) item still open, from {@code start}; null when there is none. */
    private QueueEntry firstOpen(int start, int step) {
        for (int i = start; i >= 0 && i < visible.size(); i += step) {
            if (!done.contains(visible.get(i))) {
                return visible.get(i);
            }
        }
        return null;
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        int index = visible.indexOf(current.get());
        int target = Math.max(0, Math.min(visible.size() - 1, index + step));
        if (!visible.isEmpty()) {
            current.set(visible.get(target));
        }
    }

    /**
     * A decision reached the queue. A stored judgement of a queue item marks it done, and when it was the current item
     * the queue moves on; a judgement of another label leaves the current item open. An undo reopens its item and goes
     * back to it, a redo closes it again. A judgement of the current item that stored nothing is refused aloud.
     */
    public void judged(TagPanelViewModel.Outcome outcome) {
        if (!active.get()) {
            return;
        }
        QueueEntry entry = itemOf(outcome.fname(), outcome.className());
        if (outcome.stored().isEmpty()) {
            if (entry != null && entry.equals(current.get())) {
                status.set("nothing stored for " + entry.label() + " on " + entry.fname() + ": the item stays open");
            }
            return;
        }
        if (entry == null) {
            return;
        }
        switch (outcome.step()) {
            case JUDGEMENT, REDO -> close(entry);
            case UNDO -> reopen(entry);
        }
    }

    /** Marks an item done; the counter changes before the current item, so whoever follows one sees both. */
    private void close(QueueEntry entry) {
        done.add(entry);
        updateProgress();
        if (entry.equals(current.get())) {
            int index = visible.indexOf(entry);
            QueueEntry next = firstOpen(index + 1, 1);
            current.set(next != null ? next : firstOpen(0, 1));
            if (current.get() == null) {
                status.set("queue done: " + done.size() + " items reviewed");
            }
        }
    }

    private void reopen(QueueEntry entry) {
        done.remove(entry);
        updateProgress();
        status.set("");
        current.set(entry);
    }

    /**
     * The item a decision on a label of a clip concerns, or null; the current item first. A noisy-queue item is one
     * label; an uncertainty-queue item is the whole clip (any label given to it answers it).
     */
    private QueueEntry itemOf(ClipId fname, String className) {
        QueueEntry shown = current.get();
        if (shown != null && concerns(shown, fname, className)) {
            return shown;
        }
        return visible.stream().filter(entry -> concerns(entry, fname, className)).findFirst().orElse(null);
    }

    private boolean concerns(QueueEntry entry, ClipId fname, String className) {
        return entry.fname().equals(fname) && (kind.get() == Kind.UNCERTAIN || entry.label().equals(className));
    }

    /** The label to select for a clip: the current item's when it is that clip's, else none. */
    public String labelFor(ClipId fname) {
        QueueEntry entry = current.get();
        return active.get() && entry != null && entry.fname().equals(fname) ? entry.label() : null;
    }

    private void updateProgress() {
        long finished = visible.stream().filter(done::contains).count();
        progress.set(String.format("%,d done / %,d remaining", finished, visible.size() - finished));
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty autoplayProperty() {
        return autoplay;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** A class name to review only that class's items, or null for all. */
    public ObjectProperty<String> classFilterProperty() {
        return classFilter;
    }

    public ObservableList<QueueEntry> visible() {
        return visible;
    }

    public ReadOnlyObjectProperty<QueueEntry> currentProperty() {
        return current;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
