package org.tagbench.ui.keys;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Settings > Keyboard shortcuts: one field per action. Pressing a key combination in a field binds it, in place of
 * what the field held (Backspace unbinds); the field shows the keys as text such as "A, Shift+Y" but takes no typing.
 * Clashes are listed live; OK is refused while a field cannot be read.
 */
public final class KeyBindingsDialog extends Dialog<KeyBindings> {
    private final Map<KeyAction, TextField> fields = new EnumMap<>(KeyAction.class);
    private final Label problems = new Label();

    public KeyBindingsDialog(KeyBindings current) {
        setTitle("Keyboard shortcuts");
        setHeaderText("Press the keys for an action in its field; they replace what it held (Backspace clears it).");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (KeyAction action : KeyAction.values()) {
            TextField field = new TextField(current.text(action));
            field.setId("keys-" + action.name());
            field.setPrefColumnCount(18);
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> capture(field, event));
            // the press has set the text: the character it also types would follow it ("4" became "44")
            field.addEventFilter(KeyEvent.KEY_TYPED, KeyEvent::consume);
            field.textProperty().addListener((observable, before, after) -> check());
            fields.put(action, field);
            grid.addRow(row++, new Label(action.description()), field);
        }
        problems.getStyleClass().add("warning-text");
        problems.setWrapText(true);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportHeight(460);
        getDialogPane().setContent(new VBox(8, scroll, problems));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            if (read().isEmpty()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? read().orElse(current) : null);
        check();
    }

    private static void capture(TextField field, KeyEvent event) {
        KeyCode code = event.getCode();
        if (code.isModifierKey() || code == KeyCode.TAB || code == KeyCode.ENTER || code == KeyCode.ESCAPE) {
            return;
        }
        event.consume();
        if (code == KeyCode.BACK_SPACE && !event.isShortcutDown() && !event.isShiftDown() && !event.isAltDown()) {
            field.setText("");
            return;
        }
        field.setText(combinationOf(event).getName());
    }

    static KeyCombination combinationOf(KeyEvent event) {
        java.util.List<KeyCombination.Modifier> modifiers = new java.util.ArrayList<>();
        if (event.isShortcutDown()) {
            modifiers.add(KeyCombination.SHORTCUT_DOWN);
        }
        if (event.isShiftDown()) {
            modifiers.add(KeyCombination.SHIFT_DOWN);
        }
        if (event.isAltDown()) {
            modifiers.add(KeyCombination.ALT_DOWN);
        }
        return new KeyCodeCombination(event.getCode(), modifiers.toArray(KeyCombination.Modifier[]::new));
    }

    /** The bindings in the fields, or empty (with the reason shown) when one cannot be read. */
    private Optional<KeyBindings> read() {
        KeyBindings read = KeyBindings.defaults();
        for (Map.Entry<KeyAction, TextField> entry : fields.entrySet()) {
            try {
                read = read.with(entry.getKey(), KeyBindings.parse(entry.getValue().getText()));
            } catch (IllegalArgumentException e) {
                problems.setText("'" + entry.getValue().getText() + "' (" + entry.getKey().description()
                        + ") is not a key combination");
                return Optional.empty();
            }
        }
        return Optional.of(read);
    }

    private void check() {
        read().ifPresent(bindings -> problems.setText(String.join("\n", bindings.conflicts())));
    }
}
