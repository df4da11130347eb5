package org.tagbench.ui;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.settings.Settings;
import org.tagbench.ui.settings.SettingsStore;
import org.tagbench.ui.timeline.SpectrogramPane;
import org.tagbench.ui.timeline.TimeMapping;
import org.tagbench.ui.timeline.WaveformPane;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its minimum size, 1200x720, on a machine without a sound card: every playback control stays in the
 * bar (a tool bar moved "Autoplay next" into its >> menu), the no-audio message is shown whole, and the hover
 * readout stays inside the plot of a narrow timeline instead of covering the colour bar.
 */
@ExtendWith(ApplicationExtension.class)
class MinimumSizeWindowTest {
    /** What Java Sound says on a machine without an output device, as SoundCardSink passes it on. */
    private static final String NO_DEVICE = "no audio output device (Line unsupported: interface SourceDataLine"
            + " supporting format PCM_SIGNED 44100.0 Hz, 16 bit, mono, 2 bytes/frame, little-endian is supported.)";

    /** A timeline this wide leaves a plot narrower than the readout's one line. */
    private static final double NARROW_TIMELINE = 200;

    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private Workbench workbench;

    @BeforeAll
    static void importDevCorpus() throws Exception {
        workspaceDir = HeadlessWindow.importDevCorpus(folder);
    }

    @Start
    void start(Stage stage) {
        workbench = new Workbench(new SettingsStore(folder.resolve("settings.json")), rate -> {
            throw new PlaybackUnavailableException(NO_DEVICE, null);
        }, Settings.MIN_WINDOW_WIDTH, Settings.MIN_WINDOW_HEIGHT);
        stage.setScene(workbench.scene());
        stage.show();
        workbench.model().openWorkspace(workspaceDir, null);
    }

    @AfterEach
    void close() {
        HeadlessWindow.close(workbench);
    }

    private void showAClip() throws Exception {
        HeadlessWindow.waitUntil("the clips are listed", 60, () -> !workbench.model().browser().allRows().isEmpty());
        String clip = workbench.model().browser().allRows().get(0).fname().fname();
        WaitForAsyncUtils.asyncFx(() -> workbench.model().browser().selectFname(ClipId.of(clip))).get();
        HeadlessWindow.waitUntil("the clip is shown", 60, () -> workbench.view().timeline().spectrogram().mapping()
                .viewDuration() > 0 && ClipId.of(clip).equals(workbench.model().tags().clipProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    @Test
    void everyPlaybackControlIsInTheBarAtTheMinimumSize() throws Exception {
        showAClip();
        for (String id : new String[] {"play-button", "position-label", "speed-choice", "volume-slider",
                "autoplay-check"}) {
            String problem = WaitForAsyncUtils.asyncFx(() -> {
                Node control = workbench.scene().lookup("#" + id);
                if (control == null) {
                    return "not in the window (moved into the >> overflow menu?)";
                }
                Bounds shown = inScene(control);
                Bounds window = new javafx.geometry.BoundingBox(0, 0, workbench.scene().getWidth(),
                        workbench.scene().getHeight());
                return control.isVisible() && shown.getWidth() > 0 && inside(shown, window) ? "" : "cut: " + shown;
            }).get();
            assertEquals("", problem, id);
        }
    }

    @Test
    void theNoAudioMessageIsShownWhole() throws Exception {
        showAClip();
        WaitForAsyncUtils.asyncFx(() -> workbench.model().playback().togglePlay()).get();
        HeadlessWindow.waitUntil("the message says why nothing plays", 30,
                () -> !workbench.model().playback().messageProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Label message = (Label) workbench.scene().lookup("#playback-message");
            assertTrue(message.getText().contains("little-endian is supported"), message.getText());
            Text shown = (Text) message.lookup(".text");
            assertEquals(message.getText(), shown.getText(), "the message is shown whole, not cut with an ellipsis");
            Bounds text = inScene(shown);
            Bounds playback = inScene(message.getParent());
            assertTrue(inside(text, playback), "the message " + text + " lies inside the playback area " + playback);
            return null;
        }).get();
    }

    @Test
    void theHoverReadoutStaysInsideThePlotOfTheSpectrogramAndTheWaveformInANarrowTimeline() throws Exception {
        showAClip();
        WaitForAsyncUtils.asyncFx(() -> {
            // the divider beside the tag panel dragged left, as far as a person might to read the tag panel
            Node node = workbench.view().timeline();
            while (!(node instanceof SplitPane)) {
                node = node.getParent();
            }
            SplitPane split = (SplitPane) node;
            split.setDividerPosition(1, split.getDividerPositions()[0] + NARROW_TIMELINE / split.getWidth());
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        SpectrogramPane spectrogram = workbench.view().timeline().spectrogram();
        WaveformPane waveform = workbench.view().timeline().waveform();
        assertReadoutInsidePlot("spectrogram", spectrogram, spectrogram::mapping, spectrogram::readout);
        assertReadoutInsidePlot("waveform", waveform, waveform::mapping, waveform::readout);
    }

    /** Hovers over the plot's rightmost column, where the readout is placed, and checks where it is drawn. */
    private static void assertReadoutInsidePlot(String name, Region pane, Supplier<TimeMapping> mappings,
                                                Supplier<Label> readouts) throws Exception {
        // moved again until the pane has something to read out (the spectrogram is computed in the background)
        HeadlessWindow.waitUntil(name + " reads out the point under the pointer", 60, () -> WaitForAsyncUtils.asyncFx(() -> {
            TimeMapping mapping = mappings.get();
            // the event's x and y are scene coordinates; the pane reads its own
            Point2D at = pane.localToScene(mapping.left() + mapping.width() - 1, 12);
            Event.fireEvent(pane, new MouseEvent(MouseEvent.MOUSE_MOVED, at.getX(), at.getY(), 0, 0, MouseButton.NONE,
                    0, false, false, false, false, false, false, false, false, false, false, null));
            return readouts.get().isVisible();
        }).get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Label readout = readouts.get();
            TimeMapping mapping = mappings.get();
            Bounds shown = readout.getBoundsInParent();
            assertTrue(mapping.width() < readout.prefWidth(-1) + 4, name + ": the plot (" + mapping.width()
                    + " px) is narrower than the readout's one line (" + readout.prefWidth(-1) + "), or this proves nothing");
            assertTrue(shown.getMinX() >= mapping.left() - 0.5 && shown.getMaxX() <= mapping.left() + mapping.width() + 0.5,
                    name + ": the readout " + shown + " ('" + readout.getText() + "') lies within the plot, x "
                            + mapping.left() + " to " + (mapping.left() + mapping.width()));
            Text text = (Text) readout.lookup(".text");
            assertEquals(readout.getText(), text.getText(), name + ": the readout is shown whole");
            return null;
        }).get();
    }
}
