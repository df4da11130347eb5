package org.tagbench.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** Default keys, remapping, round trip through the settings map, and conflict detection. */
class KeyBindingsTest {
    private static KeyEvent press(KeyCode code, boolean shift, boolean control) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, false, false);
    }

    @Test
    void everyDefaultParsesAndNoTwoActionsShareAKey() {
        KeyBindings defaults = KeyBindings.defaults();
        for (KeyAction action : KeyAction.values()) {
            assertTrue(!defaults.keysOf(action).isEmpty(), action.name());
        }
        assertEquals(java.util.List.of(), defaults.conflicts());
    }

    @Test
    void theIssuesDefaultsAreBound() {
        KeyBindings keys = KeyBindings.defaults();
        assertEquals(Optional.of(KeyAction.ACCEPT), keys.actionFor(press(KeyCode.A, false, false)));
        assertEquals(Optional.of(KeyAction.AUTOPLAY), keys.actionFor(press(KeyCode.A, true, false)));
        assertEquals(Optional.of(KeyAction.REJECT), keys.actionFor(press(KeyCode.R, false, false)));
        assertEquals(Optional.of(KeyAction.SUGGESTION_3), keys.actionFor(press(KeyCode.DIGIT3, false, false)));
        assertEquals(Optional.of(KeyAction.NEXT_CLIP), keys.actionFor(press(KeyCode.N, false, false)));
        assertEquals(Optional.of(KeyAction.PREVIOUS_CLIP), keys.actionFor(press(KeyCode.P, false, false)));
        assertEquals(Optional.of(KeyAction.UNDO), keys.actionFor(press(KeyCode.U, false, false)));
        assertEquals(Optional.of(KeyAction.SLOWER), keys.actionFor(press(KeyCode.OPEN_BRACKET, false, false)));
        assertEquals(Optional.of(KeyAction.PLAY_PAUSE), keys.actionFor(press(KeyCode.SPACE, false, false)));
    }

    @Test
    void aRemappedActionSurvivesTheSettingsRoundTrip() {
        KeyBindings remapped = KeyBindings.defaults().with(KeyAction.ACCEPT, KeyBindings.parse("Y, Shift+Y"));
        Map<String, String> saved = remapped.toSettings();
        assertEquals(Map.of("ACCEPT", "Y, Shift+Y"), saved);
        KeyBindings read = KeyBindings.fromSettings(saved);
        assertEquals(remapped, read);
        assertEquals(Optional.of(KeyAction.ACCEPT), read.actionFor(press(KeyCode.Y, true, false)));
        assertEquals(Optional.empty(), read.actionFor(press(KeyCode.A, false, false)));
    }

    @Test
    void brokenSavedKeysFallBackToTheDefaultAndClashesAreReported() {
        assertEquals(KeyBindings.defaults(), KeyBindings.fromSettings(Map.of("ACCEPT", "Ctrl+Ctrl+", "NOT_AN_ACTION", "Q")));
        KeyBindings clash = KeyBindings.defaults().with(KeyAction.REJECT, KeyBindings.parse("A"));
        assertEquals(1, clash.conflicts().size());
        assertTrue(clash.conflicts().get(0).contains("Accept"), clash.conflicts().get(0));
    }
}
