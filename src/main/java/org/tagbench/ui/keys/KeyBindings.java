package org.tagbench.ui.keys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys bound to each {@link KeyAction}: the defaults, overridden by the user's settings. Immutable; an edit
 * returns a new set. Unparseable keys in a settings file fall back to the defaults of that action.
 */
public final class KeyBindings {
    private static final String SEPARATOR = ", ";

    private final Map<KeyAction, List<KeyCombination>> keys;

    private KeyBindings(Map<KeyAction, List<KeyCombination>> keys) {
        this.keys = keys;
    }

    public static KeyBindings defaults() {
        return fromSettings(Map.of());
    }

    /** Bindings from the settings' map of action name to keys; missing, unknown or broken entries use the defaults. */
    public static KeyBindings fromSettings(Map<String, String> saved) {
        Map<KeyAction, List<KeyCombination>> keys = new EnumMap<>(KeyAction.class);
        for (KeyAction action : KeyAction.values()) {
            String text = saved == null ? null : saved.get(action.name());
            keys.put(action, parseOr(text, action.defaultKeys()));
        }
        return new KeyBindings(keys);
    }

    /** Parses "A, Shortcut+Z"; an empty text unbinds the action. */
    public static List<KeyCombination> parse(String text) {
        List<KeyCombination> combinations = new ArrayList<>();
        for (String part : text.split(SEPARATOR.trim())) {
            if (!part.isBlank()) {
                combinations.add(KeyCombination.valueOf(part.trim()));
            }
        }
        return List.copyOf(combinations);
    }

    private static List<KeyCombination> parseOr(String text, String fallback) {
        if (text == null) {
            return parse(fallback);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return parse(fallback);
        }
    }

    public KeyBindings with(KeyAction action, List<KeyCombination> combinations) {
        Map<KeyAction, List<KeyCombination>> changed = new EnumMap<>(keys);
        changed.put(action, List.copyOf(combinations));
        return new KeyBindings(changed);
    }

    /** The action the event is bound to, if any. */
    public Optional<KeyAction> actionFor(KeyEvent event) {
        for (Map.Entry<KeyAction, List<KeyCombination>> entry : keys.entrySet()) {
            if (entry.getValue().stream().anyMatch(combination -> combination.match(event))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    public List<KeyCombination> keysOf(KeyAction action) {
        return keys.get(action);
    }

    /** The keys of an action as the user reads them, e.g. "U or Ctrl+Z". */
    public String displayText(KeyAction action) {
        return keys.get(action).stream().map(KeyCombination::getDisplayText).collect(Collectors.joining(" or "));
    }

    /** The keys of an action in the form {@link #parse} reads back. */
    public String text(KeyAction action) {
        return keys.get(action).stream().map(KeyCombination::getName).collect(Collectors.joining(SEPARATOR));
    }

    /** Pairs of actions sharing a key: the later one would never fire. */
    public List<String> conflicts() {
        Map<KeyCombination, KeyAction> owner = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        keys.forEach((action, combinations) -> combinations.forEach(combination -> {
            KeyAction first = owner.putIfAbsent(combination, action);
            if (first != null) {
                conflicts.add(combination.getDisplayText() + " is bound to both '" + first.description() + "' and '"
                        + action.description() + "'");
            }
        }));
        return conflicts;
    }

    /** Only the actions whose keys differ from the defaults, as settings keep them. */
    public Map<String, String> toSettings() {
        Map<String, String> saved = new LinkedHashMap<>();
        for (KeyAction action : KeyAction.values()) {
            if (!keys.get(action).equals(parse(action.defaultKeys()))) {
                saved.put(action.name(), text(action));
            }
        }
        return saved;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyBindings that && keys.equals(that.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
