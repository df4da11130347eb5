package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.settings.SettingsStore;

/**
 * Renders the real window (same views, same code) without showing it and writes a PNG: for the README and for
 * checks. It waits until the clips are listed, the chosen clip is decoded, its spectrogram is complete and
 * painted, and no job is running, so the picture is what a user sees once the window has settled.
 */
public final class WindowSnapshot {
    public enum View { BROWSER, OVERVIEW, REVIEW, RUNS, RETRAIN }

    /** What to render: {@code clip} may be null (the first clip is shown); {@code overlays} turns on crops and tiles. */
    public record Request(Path workspace, String clip, View view, int width, int height, boolean overlays, Path out) {}

    private static final long SETTLE_TIMEOUT_MS = 120_000;

    private WindowSnapshot() {}

    public static void render(Request request) throws IOException, InterruptedException {
        startToolkit();
        Path settingsDir = Files.createTempDirectory("tagbench-snapshot");
        Workbench workbench = onFx(() -> {
            // Defaults, not the user's settings, so documentation pictures do not depend on who made them.
            Workbench built = new Workbench(new SettingsStore(settingsDir.resolve("settings.json")), rate -> {
                throw new PlaybackUnavailableException("snapshot renders without sound", null);
            }, request.width(), request.height());
            built.model().timeline().showCropsProperty().set(request.overlays());
            built.model().timeline().showTilesProperty().set(request.overlays());
            built.model().openWorkspace(request.workspace(), request.clip());
            switch (request.view()) {
                case OVERVIEW -> built.view().showOverview();
                case RUNS -> built.view().showRuns();
                case RETRAIN -> built.view().showRetrain();
                default -> built.view().showClips();
            }
            if (request.view() == View.REVIEW) {
                startReviewOnceOpen(built.model());
            }
            return built;
        });
        try {
            awaitSettled(workbench, request.view());
            WritableImage image = onFx(() -> {
                workbench.view().timeline().repaintNow();
                return workbench.scene().snapshot(null);
            });
            Path parent = request.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", request.out().toFile());
        } finally {
            onFx(() -> {
                workbench.close();
                return null;
            });
            Files.deleteIfExists(settingsDir.resolve("settings.json"));
            Files.deleteIfExists(settingsDir);
        }
    }

    /** Review mode over the noisy queue, started as soon as the workspace is open (the first item replaces the clip). */
    private static void startReviewOnceOpen(WorkbenchViewModel model) {
        model.workspaceProperty().addListener((observable, before, after) -> {
            if (after != null) {
                Platform.runLater(() -> model.review().start());
            }
        });
    }

    private static void awaitSettled(Workbench workbench, View view) throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            String problem = onFx(() -> workbench.model().problemProperty().get());
            if (problem != null && !problem.isEmpty()) {
                throw new IOException(problem);
            }
            if (onFx(() -> isSettled(workbench, view))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IOException("the window did not settle within " + SETTLE_TIMEOUT_MS / 1000 + " s");
    }

    /** Runs on the FX thread; repaints so missing spectrogram images get requested. */
    private static boolean isSettled(Workbench workbench, View view) {
        WorkbenchViewModel model = workbench.model();
        if (model.workspaceProperty().get() == null || model.browser().loadingProperty().get()
                || model.jobs().runningProperty().get() > 0 || model.overview().dataProperty().get() == null) {
            return false;
        }
        if (view == View.RUNS) {
            return model.runs().runs().isEmpty() || model.runs().selectedScoresProperty().get() != null;
        }
        if (view == View.RETRAIN) {
            return model.retrain().readyProperty().get();
        }
        if (view == View.OVERVIEW || model.browser().allRows().isEmpty()) {
            return true;
        }
        if (view == View.REVIEW && !reviewSettled(model)) {
            return false;
        }
        var spectrogram = model.timeline().spectrogramProperty().get();
        workbench.scene().getRoot().applyCss();
        workbench.scene().getRoot().layout();
        workbench.view().timeline().repaintNow();
        return spectrogram != null && spectrogram.isComplete()
                && workbench.view().timeline().spectrogram().fullyPaintedProperty().get();
    }

    /** The queue is ranked and its current item's clip shows its suggestions, or the queue said why it is empty. */
    private static boolean reviewSettled(WorkbenchViewModel model) {
        var item = model.review().currentProperty().get();
        if (item == null) {
            return !model.review().statusProperty().get().isEmpty() && !model.review().statusProperty().get().startsWith("ranking");
        }
        var shown = model.browser().selectedProperty().get();
        return shown != null && shown.fname().equals(item.fname())
                && item.fname().equals(model.tags().suggestionsShownForProperty().get());
    }

    static void startToolkit() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        } catch (UnsupportedOperationException noDisplay) {
            throw new IllegalStateException("no display for JavaFX (" + noDisplay.getMessage()
                    + "): run under xvfb-run -a -s \"-screen 0 1600x1000x24\"", noDisplay);
        }
        Platform.setImplicitExit(false);
        started.join();
    }

    static <T> T onFx(Supplier<T> work) throws IOException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("rendering failed: " + e.getMessage(), e);
        }
    }
}
