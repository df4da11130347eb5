package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.WavWriter;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.settings.Settings;
import org.tagbench.ui.settings.SettingsStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's splits follow the saved settings, and a dataset folder dropped on it is imported and opened. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchDropAndSplitTest {
    @TempDir
    Path folder;
    private Workbench workbench;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SettingsStore settings = new SettingsStore(folder.resolve("settings.json"));
        Settings saved = Settings.defaults();
        settings.save(new Settings(saved.melPreset(), saved.colormap(), saved.floorDb(), saved.ceilingDb(),
                saved.minHz(), saved.maxHz(), saved.playbackSpeed(), saved.volume(), saved.autoplay(),
                saved.showCrops(), saved.showTiles(), 1200, 740, 0.3, 0.4, null, null, 0, 0, null, null));
        workbench = new Workbench(settings, rate -> {
            throw new PlaybackUnavailableException("no audio output device (test)", null);
        }, 1200, 740);
        stage.setScene(workbench.scene());
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(workbench::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savedSplitsAreAppliedAndAMovedDividerReachesTheModel() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.3, workbench.view().split().getDividerPositions()[0], 0.01);
        assertEquals(0.4, workbench.view().timeline().panes().getDividerPositions()[0], 0.01);

        WaitForAsyncUtils.asyncFx(() -> workbench.view().timeline().panes().setDividerPosition(0, 0.5)).get();
        assertEquals(0.5, workbench.model().timelineDividerProperty().get(), 0.01);
    }

    @Test
    void splitsSqueezedByAWindowBelowItsMinimumComeBackWhenItIsFullSizeAgain() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        double tagPanel = workbench.view().tagPanel().getWidth();
        assertEquals(360, tagPanel, 20, "the tag panel's width in a full-size window");

        resizeTo(200, 200); // as a window manager maps a JavaFX 21 stage (JDK-8316423)
        resizeTo(1200, 740);

        assertEquals(0.3, workbench.model().browserDividerProperty().get(), 0.01, "the model kept the browser split");
        assertEquals(0.3, workbench.view().split().getDividerPositions()[0], 0.01, "the browser split came back");
        assertEquals(0.4, workbench.view().timeline().panes().getDividerPositions()[0], 0.01);
        assertEquals(tagPanel, workbench.view().tagPanel().getWidth(), 20, "the tag panel is not left squeezed");
    }

    private void resizeTo(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().layout()).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDroppedDatasetFolderIsImportedAndOpened() throws Exception {
        Path dataset = tinyDataset(folder.resolve("dropped"));
        boolean accepted = WaitForAsyncUtils.asyncFx(() -> workbench.view().openDropped(List.of(dataset.toFile()))).get();
        assertTrue(accepted);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().workspaceProperty().get() != null
                && !workbench.model().browser().loadingProperty().get() && workbench.model().browser().rows().size() == 3);
        assertTrue(Files.isRegularFile(dataset.resolve(".tagbench").resolve("workspace.db")));

        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "x");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> workbench.view().openDropped(List.of(notAFolder.toFile()))).get());
    }

    /** Three short clips in the FSDKaggle2019 layout. */
    private static Path tinyDataset(Path dataset) throws Exception {
        Path audio = Files.createDirectories(dataset.resolve("train_curated"));
        float[] samples = new float[4410];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) Math.sin(i * 0.05) * 0.2f;
        }
        StringBuilder csv = new StringBuilder("fname,labels\n");
        for (String fname : List.of("a0000001.wav", "a0000002.wav", "a0000003.wav")) {
            WavWriter.writePcm16(audio.resolve(fname), samples, AudioFiles.DEFAULT_RATE);
            csv.append(fname).append(",Bark\n");
        }
        Files.writeString(dataset.resolve("train_curated.csv"), csv);
        return dataset;
    }
}
