package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tagbench.ui.settings.Settings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens at the size asked for even when the window manager's resize to the minimum size comes only after
 * {@code start()} kept the JavaFX thread busy for longer than the hold: under openbox on a loaded machine a fresh
 * window stayed at 1200x720, placed for 1400x900 (docs/decisions/0009). The hold's limit counted from {@code show()},
 * so its first check, run before the queued resize reached the window, ended it, and nothing undid the resize.
 */
class WindowOpensAtItsSizeTest {
    /** Longer than the hold's 15-s limit (WindowPlacement.MAX_HOLD_NANOS). */
    private static final long BUSY_START_MILLIS = 16_000;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
    }

    @Test
    void aWindowResizedToItsMinimumAfterABusyStartIsSizedBackToTheSizeAsked() throws Exception {
        Settings asked = asked(1260, 780);
        BooleanProperty placed = new SimpleBooleanProperty(false);
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage shown = new Stage();
            shown.setScene(new Scene(new Pane(), asked.windowWidth(), asked.windowHeight()));
            WindowPlacement.show(shown, asked, placed);
            // what the window manager did to JavaFX 21's GTK window: resized it to its minimum (the resize is applied
            // at the next pulse) ...
            shown.setWidth(Settings.MIN_WINDOW_WIDTH);
            shown.setHeight(Settings.MIN_WINDOW_HEIGHT);
            // ... while start() went on building the window and opening the workspace for longer than the hold
            Thread.sleep(BUSY_START_MILLIS);
            return shown;
        }).get();
        HeadlessWindow.waitUntil("the window is placed", 60, placed::get);
        WaitForAsyncUtils.waitForFxEvents();
        String size = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getWidth() + "x" + stage.getScene().getHeight())
                .get();
        assertEquals(asked.windowWidth() + "x" + asked.windowHeight(), size,
                "the content's size once the window is placed");
    }

    /**
     * Fresh settings but a window that fits the headless screen (1280x800: Monocle cannot draw the 1400x900 default),
     * above the minimum the window manager maps it at.
     */
    private static Settings asked(double width, double height) {
        Settings d = Settings.defaults();
        return new Settings(d.melPreset(), d.colormap(), d.floorDb(), d.ceilingDb(), d.minHz(), d.maxHz(),
                d.playbackSpeed(), d.volume(), d.autoplay(), d.showCrops(), d.showTiles(), width, height,
                d.browserDivider(), d.timelineDivider(), d.lastWorkspace(), d.keyBindings(), d.retrainFolds(),
                d.retrainEpochs(), null, null);
    }
}
