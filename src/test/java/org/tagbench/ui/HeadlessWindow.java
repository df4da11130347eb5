package org.tagbench.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.tagbench.app.ImportService;
import org.tagbench.app.JobContext;
import org.tagbench.app.Workspace;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.testsupport.TestData;
import org.tagbench.ui.settings.SettingsStore;
import org.testfx.util.WaitForAsyncUtils;

/** What the headless window tests share: the dev corpus in a workspace, the window on it without sound, waiting. */
public final class HeadlessWindow {
    private HeadlessWindow() {}

    /** Imports the dev corpus into {@code folder/workspace} and returns that folder. */
    public static Path importDevCorpus(Path folder) throws Exception {
        Path workspaceDir = folder.resolve("workspace");
        try (Workspace workspace = Workspace.create(workspaceDir)) {
            ImportService.importDataset(TestData.devCorpus(), workspace, JobContext.unattended());
        }
        return workspaceDir;
    }

    /** The window at 1200x740 with its settings in {@code folder} and no audio device, opening the workspace. */
    public static Workbench show(Stage stage, Path folder, Path workspaceDir) {
        Workbench workbench = new Workbench(new SettingsStore(folder.resolve("settings.json")), rate -> {
            throw new PlaybackUnavailableException("no audio output device (test)", null);
        }, 1200, 740);
        stage.setScene(workbench.scene());
        stage.show();
        workbench.model().openWorkspace(workspaceDir, null);
        return workbench;
    }

    public static void close(Workbench workbench) {
        WaitForAsyncUtils.asyncFx(workbench::close);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitUntil(String what, long seconds, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }
}
