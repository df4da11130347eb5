package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tagbench.domain.LabelState;
import org.tagbench.store.Decision;

/**
 * One reviewer's sitting: decisions stored at once through {@link DecisionService}, undo and redo across clips (an
 * undo is itself a stored decision that restores the previous state, so nothing is ever erased from the history),
 * and a running summary. Call from one thread.
 */
public final class ReviewSession {
    private final DecisionService decisions;
    private final String reviewer;
    private final Deque<Decision> undoable = new ArrayDeque<>();
    private final Deque<Decision> redoable = new ArrayDeque<>();
    private final Map<LabelKey, Boolean> activeAtStart = new HashMap<>();
    private final Map<LabelKey, Boolean> activeNow = new HashMap<>();
    private int made;
    private int undone;

    private record LabelKey(ClipId fname, String className) {}

    /** What the sitting did: decisions made and undone, and labels whose truth differs from before the sitting. */
    public record Summary(int decisions, int undone, int labelsFlipped) {}

    public ReviewSession(DecisionService decisions, String reviewer) {
        this.decisions = decisions;
        this.reviewer = reviewer;
    }

    public Decision decide(ClipId fname, String className, Decision.Action action) {
        rememberStart(fname, className);
        Decision decision = decisions.decide(fname, className, action, reviewer);
        note(decision);
        undoable.push(decision);
        redoable.clear();
        made++;
        return decision;
    }

    /** Confirms a label the clip has, or gives it the class when it lacks it (a suggestion taken). */
    public Decision accept(ClipId fname, String className) {
        boolean present = decisions.labelsOf(fname).stream().anyMatch(label -> label.className().equals(className));
        return decide(fname, className, present ? Decision.Action.ACCEPT : Decision.Action.ADD);
    }

    /**
     * Rejects a label the clip has, or records that it does not have a class it lacks (a "missing label?" the reviewer
     * turned down): a rejected user label, so the queues never offer that class for the clip again.
     */
    public Decision reject(ClipId fname, String className) {
        return decide(fname, className, Decision.Action.REJECT);
    }

    /** Reverts the newest decision not yet undone; the returned revert names the clip to show. */
    public Optional<Decision> undo() {
        if (undoable.isEmpty()) {
            return Optional.empty();
        }
        Decision revert = decisions.undo(undoable.pop().id(), reviewer);
        note(revert);
        redoable.push(revert);
        undone++;
        return Optional.of(revert);
    }

    /** Reverts the newest undo, which re-applies the decision it took back. */
    public Optional<Decision> redo() {
        if (redoable.isEmpty()) {
            return Optional.empty();
        }
        Decision again = decisions.undo(redoable.pop().id(), reviewer);
        note(again);
        undoable.push(again);
        undone--;
        return Optional.of(again);
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    public Summary summary() {
        long flipped = activeNow.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(activeAtStart.get(entry.getKey()))).count();
        return new Summary(made, undone, (int) flipped);
    }

    private void rememberStart(ClipId fname, String className) {
        LabelKey key = new LabelKey(fname, className);
        if (!activeAtStart.containsKey(key)) {
            boolean active = decisions.labelsOf(fname).stream()
                    .anyMatch(label -> label.className().equals(className) && label.isActive());
            activeAtStart.put(key, active);
        }
    }

    private void note(Decision decision) {
        boolean active = decision.newState().equals(LabelState.ACCEPTED.dbName()) || decision.newState().equals(LabelState.PENDING.dbName());
        activeNow.put(new LabelKey(decision.fname(), decision.className()), active);
    }
}
