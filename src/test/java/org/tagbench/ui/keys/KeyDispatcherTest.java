package org.tagbench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The key policy on its own: which focus owners are fields, and which keys still act there. */
@ExtendWith(ApplicationExtension.class)
class KeyDispatcherTest {
    private final KeyDispatcher keys = new KeyDispatcher(KeyBindings::defaults, action -> { });

    private static KeyEvent press(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void spinnersAndEditableComboBoxesAreFieldsLikeTextFields() {
        Spinner<Integer> spinner = new Spinner<>(1, 500, 20);
        spinner.setEditable(true);
        ComboBox<String> editable = new ComboBox<>();
        editable.setEditable(true);
        TextField inside = new TextField();
        HBox box = new HBox(inside);
        assertTrue(KeyDispatcher.isEditing(spinner), "the scene's focus owner of a spinner is the spinner itself");
        assertTrue(KeyDispatcher.isEditing(editable));
        assertTrue(KeyDispatcher.isEditing(inside));
        assertFalse(KeyDispatcher.isEditing(new Spinner<Integer>(1, 5, 2)), "a spinner nobody can type into");
        assertFalse(KeyDispatcher.isEditing(new ComboBox<String>()));
        assertFalse(KeyDispatcher.isEditing(box));
        assertFalse(KeyDispatcher.isEditing(new Button()));
        assertFalse(KeyDispatcher.isEditing(null));
    }

    @Test
    void inAFieldOnlyTheChordsOfActionsThatChangeNoLabelAct() {
        Spinner<Integer> epochs = new Spinner<>(1, 500, 20);
        epochs.setEditable(true);
        assertEquals(Optional.of(KeyAction.SUGGESTION_4), keys.actionFor(press(KeyCode.DIGIT4, false, false), null));
        assertEquals(Optional.empty(), keys.actionFor(press(KeyCode.DIGIT4, false, false), epochs));
        assertEquals(Optional.empty(), keys.actionFor(press(KeyCode.MINUS, false, false), epochs));
        assertEquals(Optional.empty(), keys.actionFor(press(KeyCode.A, false, false), epochs));
        assertEquals(Optional.empty(), keys.actionFor(press(KeyCode.Z, false, true), epochs), "Ctrl+Z is the field's undo");
        assertEquals(Optional.empty(), keys.actionFor(press(KeyCode.Z, true, true), epochs));
        assertEquals(Optional.of(KeyAction.REVIEW_MODE), keys.actionFor(press(KeyCode.R, false, true), epochs));
        assertEquals(Optional.of(KeyAction.SEARCH), keys.actionFor(press(KeyCode.F, false, true), epochs));
    }
}
