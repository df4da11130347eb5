package org.tagbench.ui.keys;

/**
 * Everything the window does from the keyboard, with its default keys: combinations as JavaFX writes them
 * ({@code Shortcut} is Ctrl, or Cmd on a Mac), several separated by ", ".
 */
public enum KeyAction {
    PLAY_PAUSE("Play / pause", "Space"),
    ACCEPT("Accept the selected label (adds it when it is a suggestion)", "A"),
    REJECT("Reject the selected label", "R"),
    SUGGESTION_1("Accept suggestion 1", "1"),
    SUGGESTION_2("Accept suggestion 2", "2"),
    SUGGESTION_3("Accept suggestion 3", "3"),
    SUGGESTION_4("Accept suggestion 4", "4"),
    SUGGESTION_5("Accept suggestion 5", "5"),
    SUGGESTION_6("Accept suggestion 6", "6"),
    SUGGESTION_7("Accept suggestion 7", "7"),
    SUGGESTION_8("Accept suggestion 8", "8"),
    SUGGESTION_9("Accept suggestion 9", "9"),
    ADD_TAG("Add a tag (type-ahead class picker)", "T"),
    NEXT_LABEL("Select the next label of the clip", "Shift+Down"),
    PREVIOUS_LABEL("Select the previous label of the clip", "Shift+Up"),
    NEXT_CLIP("Next clip (next queue item in review mode)", "N, Down, J"),
    PREVIOUS_CLIP("Previous clip (previous queue item in review mode)", "P, Up, K"),
    UNDO("Undo the last decision", "U, Shortcut+Z"),
    REDO("Redo", "Shift+U, Shortcut+Shift+Z"),
    REVIEW_MODE("Start / leave review mode", "Shortcut+R"),
    RETRAIN("Open the retrain pane", "Shortcut+T"),
    EXPORT("Export a submission or the reviewed labels", "Shortcut+E"),
    SCROLL_LEFT("Scroll left", "Left"),
    SCROLL_RIGHT("Scroll right", "Right"),
    ZOOM_IN("Zoom in (the mouse wheel zooms at the pointer)", "Equals, Shift+Equals, Add"),
    ZOOM_OUT("Zoom out", "Minus, Subtract"),
    ZOOM_FIT("Whole clip", "0, Home"),
    LOOP("Loop the selection (drag on the timeline to select)", "L"),
    SLOWER("Half speed", "Open Bracket"),
    FASTER("Double speed", "Close Bracket"),
    AUTOPLAY("Autoplay the next clip on / off", "Shift+A"),
    CROPS("Crop overlay on / off", "C"),
    RESAMPLE_CROPS("Re-sample the crops", "Shift+R"),
    TILES("Inference tiles on / off", "Shift+T"),
    COLORMAP("Next colormap", "M"),
    SEARCH("Search clips", "Shortcut+F");

    private final String description;
    private final String defaultKeys;

    KeyAction(String description, String defaultKeys) {
        this.description = description;
        this.defaultKeys = defaultKeys;
    }

    public String description() {
        return description;
    }

    public String defaultKeys() {
        return defaultKeys;
    }

    /**
     * Whether a Shortcut or Alt chord bound to this action fires while a field has focus ({@link KeyDispatcher}):
     * only actions that change no label and whose chords a text field does not use.
     */
    public boolean worksInFields() {
        return switch (this) {
            case REVIEW_MODE, RETRAIN, EXPORT, SEARCH -> true;
            default -> false;
        };
    }

    /** The n-th (1-based) suggestion action, for n in 1..9. */
    public static KeyAction suggestion(int n) {
        return valueOf("SUGGESTION_" + n);
    }
}
