package org.tagbench.ui;

import org.tagbench.domain.ClipId;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
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

    /**
     * Stores a finished run whose predictions are random scores below 0.9 (seeded), so the window has suggestions
     * and review queues without training a model.
     */
    public static void addRandomRun(Path workspaceDir, long seed) throws java.io.IOException {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            java.util.List<String> classes = workspace.store().classes();
            java.util.Random random = new java.util.Random(seed);
            java.util.Map<ClipId, float[]> predictions = new java.util.HashMap<>();
            for (org.tagbench.store.ClipRecord clip : workspace.store().clips(null)) {
                float[] scores = new float[classes.size()];
                for (int c = 0; c < scores.length; c++) {
                    scores[c] = random.nextFloat() * 0.9f;
                }
                predictions.put(clip.fname(), scores);
            }
            long run = workspace.store().startRun("train", "cpu-default", "{}", "cpu", null);
            workspace.store().savePredictions(run, predictions, true);
            workspace.store().finishRun(run, 0.5, null);
        }
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
