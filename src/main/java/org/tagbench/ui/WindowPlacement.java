package org.tagbench.ui;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tagbench.ui.settings.Settings;

/**
 * Opens the stage with its content at the saved (or default) size and position, and holds it there while the
 * window manager maps it: JavaFX 21's GTK glass lets a window manager (openbox, GNOME's mutter) map a new stage at
 * about 200x200 whatever was asked (JDK-8316423, fixed in JavaFX 22, which needs a newer JDK than 17). Sizes are the
 * content's (the scene's); the frame the window manager adds is measured, not assumed. See
 * docs/decisions/0009-window-size-under-a-window-manager.md.
 */
final class WindowPlacement {
    private static final Duration CHECK_EVERY = Duration.millis(100);
    /** Long enough for a loaded machine's window manager to map the window and send its configure events. */
    private static final long MAX_HOLD_NANOS = 15_000_000_000L;
    /** How long a correction may take to reach the content before the periodic check corrects again. */
    private static final long CORRECTION_TAKES_NANOS = 500_000_000L;
    /** After a correction the size must hold this long before the window is left to the user. */
    private static final long HOLD_AFTER_CORRECTION_NANOS = 1_500_000_000L;
    /** How much of the title bar must lie on a screen for a saved position to be used. */
    private static final double GRIP = 40;

    private final Stage stage;
    private final Scene scene;
    private final double width;
    private final double height;
    private final Point2D position;
    private int corrections;

    private WindowPlacement(Stage stage, double width, double height, Point2D position) {
        this.stage = stage;
        this.scene = stage.getScene();
        this.width = width;
        this.height = height;
        this.position = position;
    }

    /** Shows the stage at the saved size and position, with its minimum size, and keeps it there once mapped. */
    static void show(Stage stage, Settings saved, BooleanProperty placed) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Point2D position = position(saved.windowX(), saved.windowY(), saved.windowWidth(), saved.windowHeight(),
                screens, Screen.getPrimary().getVisualBounds());
        WindowPlacement placement = new WindowPlacement(stage, saved.windowWidth(), saved.windowHeight(), position);
        stage.setMinWidth(Settings.MIN_WINDOW_WIDTH);
        stage.setMinHeight(Settings.MIN_WINDOW_HEIGHT);
        stage.setX(position.getX());
        stage.setY(position.getY());
        // held from before show(): the window manager may map the window at its minimum while show() runs
        placement.holdWhileMapping(placed);
        stage.show();
        placement.log("after show: content %.0fx%.0f", placement.scene.getWidth(), placement.scene.getHeight());
    }

    /**
     * Where a window of this size opens: at the saved position when its title bar would be on a screen (a screen
     * unplugged since, or a hand-edited file, must not lose the window), else centred on the primary screen (a
     * third of the free height above it, as JavaFX centres).
     */
    static Point2D position(Double savedX, Double savedY, double width, double height, List<Rectangle2D> screens,
                            Rectangle2D primary) {
        if (savedX != null && savedY != null) {
            double gripX = savedX + Math.min(GRIP, width / 2);
            double gripY = savedY + GRIP / 2;
            if (screens.stream().anyMatch(screen -> screen.contains(gripX, gripY))) {
                return new Point2D(savedX, savedY);
            }
        }
        return new Point2D(primary.getMinX() + Math.max(0, (primary.getWidth() - width) / 2),
                primary.getMinY() + Math.max(0, (primary.getHeight() - height) / 3));
    }

    /**
     * Re-applies the size whenever the content is made smaller than asked (the bug never makes it larger, so a user
     * enlarging the window at once is left alone), until the size has held for a while after a correction, or until
     * the window manager had ample time to map the window. The layout is not saved meanwhile. A shrink is seen by the
     * size listeners, added before {@code show()} (the window manager may map the window while it runs), and by the
     * periodic check, which corrects a window still smaller than asked by itself: a window left at its minimum size
     * is the bug this hold exists for.
     */
    private void holdWhileMapping(BooleanProperty placed) {
        placed.set(false);
        // counted from the first check, not from show(): start() goes on building the window and opening the
        // workspace on this thread, and on a loaded machine that took longer than the hold before the window was mapped
        long[] start = {0};
        long[] correctedAt = {0};
        ChangeListener<Number> shrunk = (observable, before, after) -> {
            if (isSmallerThanAsked()) {
                Platform.runLater(() -> {
                    if (isSmallerThanAsked()) {
                        correct();
                        correctedAt[0] = System.nanoTime();
                    }
                });
            }
        };
        scene.widthProperty().addListener(shrunk);
        scene.heightProperty().addListener(shrunk);
        Timeline checks = new Timeline();
        checks.getKeyFrames().add(new KeyFrame(CHECK_EVERY, event -> {
            long now = System.nanoTime();
            start[0] = start[0] == 0 ? now : start[0];
            boolean correcting = correctedAt[0] != 0 && now - correctedAt[0] < CORRECTION_TAKES_NANOS;
            if (stage.isShowing() && isSmallerThanAsked() && !correcting) {
                correct();
                correctedAt[0] = now;
            }
            boolean heldAfterCorrection = correctedAt[0] != 0 && !isSmallerThanAsked()
                    && now - correctedAt[0] > HOLD_AFTER_CORRECTION_NANOS;
            if (heldAfterCorrection || now - start[0] > MAX_HOLD_NANOS) {
                log("held: content %.0fx%.0f, %d ms after the first check", scene.getWidth(), scene.getHeight(),
                        (now - start[0]) / 1_000_000);
                checks.stop();
                scene.widthProperty().removeListener(shrunk);
                scene.heightProperty().removeListener(shrunk);
                keepMinimumForContent();
                placed.set(true);
            }
        }));
        checks.setCycleCount(Animation.INDEFINITE);
        checks.play();
    }

    private boolean isSmallerThanAsked() {
        return scene.getWidth() < width - 1 || scene.getHeight() < height - 1;
    }

    /** Sizes the window to its content's asked size; glass adds the frame as this window manager draws it. */
    private void correct() {
        corrections++;
        stage.sizeToScene();
        stage.setX(position.getX());
        stage.setY(position.getY());
        log("corrected to %.0fx%.0f (correction %d)", width, height, corrections);
    }

    private void log(String format, Object... values) {
        if (Boolean.getBoolean("tagbench.placement.log")) {
            System.err.printf("window placement: " + format + "%n", values);
        }
    }

    /** The stage's minimum counts the frame too: keep the content's minimum once the frame is known. */
    private void keepMinimumForContent() {
        stage.setMinWidth(Settings.MIN_WINDOW_WIDTH + frameWidth());
        stage.setMinHeight(Settings.MIN_WINDOW_HEIGHT + frameHeight());
    }

    private double frameWidth() {
        return Math.max(0, stage.getWidth() - scene.getWidth());
    }

    private double frameHeight() {
        return Math.max(0, stage.getHeight() - scene.getHeight());
    }
}
