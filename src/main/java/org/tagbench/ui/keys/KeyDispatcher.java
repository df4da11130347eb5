package org.tagbench.ui.keys;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * The one place where the window's keys become {@link KeyAction}s. The policy:
 * <ul>
 * <li>While a field has focus (a text input, an editable spinner or an editable combo box, or anything inside one)
 * its keys are the field's: no action fires, so typing "4" or "-75" changes the field and nothing else. The only
 * exception is a Shortcut (Ctrl, Cmd) or Alt chord bound to an action that {@link KeyAction#worksInFields()}: those
 * leave labels alone and a field has no use for them. Ctrl+Z and Ctrl+Shift+Z are the field's own undo and redo there,
 * never an undo of a decision.</li>
 * <li>A key that fired an action also swallows the character it would type, so T moving the focus to the add-tag
 * field does not type "t" into it.</li>
 * <li>Dialogs are windows of their own: their keys never reach this filter.</li>
 * </ul>
 */
public final class KeyDispatcher {
    private final Supplier<KeyBindings> bindings;
    private final Consumer<KeyAction> perform;
    private boolean swallowTyped;

    public KeyDispatcher(Supplier<KeyBindings> bindings, Consumer<KeyAction> perform) {
        this.bindings = bindings;
        this.perform = perform;
    }

    /** Handles every key pressed and typed in {@code root}'s tree, before the focused node sees it. */
    public void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent event) {
        swallowTyped = false;
        Node focus = event.getTarget() instanceof Node node ? node : null;
        actionFor(event, focus).ifPresent(action -> {
            event.consume();
            swallowTyped = true;
            perform.accept(action);
        });
    }

    private void typed(KeyEvent event) {
        if (swallowTyped) {
            event.consume();
            swallowTyped = false;
        }
    }

    /** The action a key press fires with {@code focus} (may be null) focused, if any. */
    public Optional<KeyAction> actionFor(KeyEvent event, Node focus) {
        Optional<KeyAction> bound = bindings.get().actionFor(event);
        if (bound.isEmpty() || !isEditing(focus)) {
            return bound;
        }
        boolean chord = event.isShortcutDown() || event.isAltDown();
        return bound.filter(action -> chord && action.worksInFields());
    }

    /** Whether keys typed with {@code focus} focused are meant for a field. */
    public static boolean isEditing(Node focus) {
        for (Node node = focus; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl
                    || node instanceof Spinner<?> spinner && spinner.isEditable()
                    || node instanceof ComboBoxBase<?> box && box.isEditable()) {
                return true;
            }
        }
        return false;
    }
}
