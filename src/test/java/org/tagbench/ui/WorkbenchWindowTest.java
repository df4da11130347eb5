package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ui.browser.ClipRow;
import org.tagbench.ui.timeline.Colormap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): the dev corpus opened, filtered, browsed, drawn and played. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private static UiThreadReads uiThreadReads;
    private Workbench workbench;

    @BeforeAll
    static void importDevCorpus() throws Exception {
        uiThreadReads = new UiThreadReads();
        workspaceDir = HeadlessWindow.importDevCorpus(folder);
    }

    @Start
    void start(Stage stage) {
        workbench = HeadlessWindow.show(stage, folder, workspaceDir);
    }

    @AfterEach
    void close() {
        HeadlessWindow.close(workbench);
        uiThreadReads.assertNone();
    }

    @AfterAll
    static void stopWatchingReads() {
        uiThreadReads.close();
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        HeadlessWindow.waitUntil(what, 30, condition);
    }

    private boolean painted() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var spectrogram = workbench.model().timeline().spectrogramProperty().get();
            return spectrogram != null && spectrogram.isComplete()
                    && workbench.view().timeline().spectrogram().fullyPaintedProperty().get();
        }).get();
    }

    /** Luminance variance of a canvas: near zero when it holds only its background. */
    private static double variance(Canvas canvas) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
        PixelReader reader = image.getPixelReader();
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int argb = reader.getArgb(x, y);
                double luminance = 0.3 * (argb >> 16 & 0xFF) + 0.59 * (argb >> 8 & 0xFF) + 0.11 * (argb & 0xFF);
                sum += luminance;
                squares += luminance * luminance;
                count++;
            }
        }
        double mean = sum / count;
        return squares / count - mean * mean;
    }

    private static int pixel(Canvas canvas, int x, int y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null).getPixelReader().getArgb(x, y)).get();
    }

    @Test
    void openFilterSelectDrawToggleAndNavigate(FxRobot robot) throws Exception {
        var browser = workbench.model().browser();
        waitUntil("the clips are listed", () -> !browser.rows().isEmpty() && !browser.loadingProperty().get());
        int all = browser.rows().size();
        assertEquals(102, all);

        CheckComboBox<String> classes = robot.lookup("#class-filter").queryAs(CheckComboBox.class);
        robot.interact(() -> classes.getCheckModel().check("Bass_drum"));
        waitUntil("the class filter applies", () -> browser.rows().size() < all && !browser.rows().isEmpty());
        for (ClipRow row : browser.rows()) {
            assertTrue(row.labels().stream().anyMatch(label -> label.className().equals("Bass_drum")), row.fname().fname());
        }

        ClipRow first = browser.rows().get(0);
        robot.clickOn(first.fname().fname());
        waitUntil("the first filtered clip is selected", () -> browser.selectedProperty().get() == first);
        waitUntil("the spectrogram is computed and painted", this::painted);
        var timeline = workbench.view().timeline();
        assertTrue(variance(timeline.waveform().canvas()) > 20, "waveform drawn");
        assertTrue(variance(timeline.spectrogram().canvas()) > 100, "spectrogram drawn");

        double middle = workbench.model().timeline().clipDuration() / 2;
        double middleX = timeline.spectrogram().mapping().x(middle);
        robot.interact(() -> workbench.model().timeline().cursorProperty().set(middle));
        waitUntil("the cursor lines move over both canvases", () -> robot.lookup(".playback-cursor").queryAll().stream()
                .map(Line.class::cast).filter(line -> line.isVisible() && Math.abs(line.getStartX() - middleX) < 0.5)
                .count() == 2);

        Canvas spectrogram = timeline.spectrogram().canvas();
        int probeX = (int) (spectrogram.getWidth() / 2);
        int probeY = (int) (spectrogram.getHeight() * 0.6);
        robot.interact(() -> robot.lookup("#colormap-choice").queryAs(ChoiceBox.class).setValue(Colormap.GREY));
        waitUntil("grey is painted", () -> {
            int argb = pixel(spectrogram, probeX, probeY);
            return painted() && (argb >> 16 & 0xFF) == (argb & 0xFF) && (argb >> 8 & 0xFF) == (argb & 0xFF);
        });

        int beforeCrops = pixel(spectrogram, probeX, probeY);
        robot.clickOn("#crops-toggle");
        robot.clickOn("#tiles-toggle");
        assertTrue(workbench.model().timeline().showCropsProperty().get());
        assertTrue(workbench.model().timeline().showTilesProperty().get());
        waitUntil("overlays are drawn", () -> workbench.model().timeline().cropStarts().length == 5);
        WaitForAsyncUtils.waitForFxEvents(5);
        double withOverlays = variance(spectrogram);
        int seed = workbench.model().timeline().cropSeedProperty().get();
        robot.clickOn("#resample-button");
        assertEquals(seed + 1, workbench.model().timeline().cropSeedProperty().get());
        assertTrue(withOverlays > 0 && beforeCrops != 0);

        robot.clickOn(first.fname().fname());
        robot.type(KeyCode.DOWN);
        waitUntil("Down moves to the next clip", () -> browser.selectedProperty().get() == browser.rows().get(1));
        robot.type(KeyCode.K);
        waitUntil("K moves back", () -> browser.selectedProperty().get() == browser.rows().get(0));
        double shown = workbench.model().timeline().viewDurationProperty().get();
        robot.type(KeyCode.EQUALS);
        assertEquals(shown / 2, workbench.model().timeline().viewDurationProperty().get(), 1e-9, "= zooms in");
        robot.type(KeyCode.DIGIT0);
        assertEquals(shown, workbench.model().timeline().viewDurationProperty().get(), 1e-9, "0 shows the whole clip");

        robot.type(KeyCode.SPACE);
        waitUntil("playback without a device says so", () ->
                workbench.model().playback().messageProperty().get().contains("no audio output device"));
        assertNotEquals(null, robot.lookup("#playback-message").query());
    }
}
