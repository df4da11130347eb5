package org.tagbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.tagbench.audio.playback.PlaybackUnavailableException;
import org.tagbench.ui.browser.ClipRow;
import org.tagbench.ui.settings.SettingsStore;

/**
 * Opens the real window on a workspace and browses it the way a user does (typing a search char by char, toggling
 * a filter, sorting, scrolling page by page, stepping through clips) while a {@link FramePulseProbe} records the
 * gaps between frames; the same probe over the idle window gives the reference. Needs a display (xvfb-run).
 */
public final class UiBenchmark {
    /** Frame gaps in ms; a stall is the part of the longest gap beyond the idle window's median frame period. */
    public record Result(int clips, double longestStallMs, double longestFrameGapMs, double p99FrameGapMs,
                         double idleP99FrameGapMs, double idleMedianFrameGapMs, List<Phase> phases) {}

    /** One kind of browsing and the longest frame gap it caused, to tell which action stalls. */
    public record Phase(String name, double longestFrameGapMs, double p99FrameGapMs) {}

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 860;
    private static final long KEYSTROKE_MS = 120;
    private static final long SETTLE_MS = 400;
    private static final long LOAD_TIMEOUT_MS = 300_000;

    private final Workbench workbench;
    private final FramePulseProbe probe = new FramePulseProbe();

    private UiBenchmark(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Browses an existing workspace; the settings are the defaults, kept in a scratch file. */
    public static Result run(Path workspace) throws IOException, InterruptedException {
        WindowSnapshot.startToolkit();
        Path settingsDir = Files.createTempDirectory("tagbench-bench-ui");
        UiBenchmark benchmark = WindowSnapshot.onFx(() -> new UiBenchmark(openWindow(settingsDir, workspace)));
        try {
            return benchmark.measure();
        } finally {
            WindowSnapshot.onFx(() -> {
                benchmark.workbench.close();
                return null;
            });
            Files.deleteIfExists(settingsDir.resolve("settings.json"));
            Files.deleteIfExists(settingsDir);
        }
    }

    static Workbench openWindow(Path settingsDir, Path workspace) {
        Workbench built = new Workbench(new SettingsStore(settingsDir.resolve("settings.json")), rate -> {
            throw new PlaybackUnavailableException("benchmark runs without sound", null);
        }, WIDTH, HEIGHT);
        Stage stage = new Stage();
        stage.setScene(built.scene());
        stage.show();
        built.model().openWorkspace(workspace, null);
        return built;
    }

    private Result measure() throws IOException, InterruptedException {
        int clips = awaitLoaded();
        FramePulseProbe.FrameGaps idle = record(() -> TimeUnit.SECONDS.sleep(3));
        Map<String, FramePulseProbe.FrameGaps> phases = browse();
        FramePulseProbe.FrameGaps browsing = FramePulseProbe.FrameGaps.concat(phases.values());
        List<Phase> perPhase = phases.entrySet().stream().map(phase -> new Phase(phase.getKey(),
                phase.getValue().longest(), phase.getValue().percentile(99))).toList();
        return new Result(clips, Math.max(0, browsing.longest() - idle.median()), browsing.longest(),
                browsing.percentile(99), idle.percentile(99), idle.median(), perPhase);
    }

    private interface Session {
        void run() throws IOException, InterruptedException;
    }

    private FramePulseProbe.FrameGaps record(Session session) throws IOException, InterruptedException {
        WindowSnapshot.onFx(() -> {
            probe.restart();
            return null;
        });
        session.run();
        return WindowSnapshot.onFx(probe::finish);
    }

    private int awaitLoaded() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + LOAD_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            String problem = WindowSnapshot.onFx(() -> workbench.model().problemProperty().get());
            if (problem != null && !problem.isEmpty()) {
                throw new IOException(problem);
            }
            Integer loaded = WindowSnapshot.onFx(() -> isIdle() && !workbench.model().browser().rows().isEmpty()
                    ? workbench.model().browser().allRows().size() : null);
            if (loaded != null) {
                TimeUnit.MILLISECONDS.sleep(SETTLE_MS);
                return loaded;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IOException("the workspace did not load within " + LOAD_TIMEOUT_MS / 1000 + " s");
    }

    private boolean isIdle() {
        WorkbenchViewModel model = workbench.model();
        return model.workspaceProperty().get() != null && !model.browser().loadingProperty().get()
                && model.jobs().runningProperty().get() == 0;
    }

    private Map<String, FramePulseProbe.FrameGaps> browse() throws IOException, InterruptedException {
        Map<String, FramePulseProbe.FrameGaps> phases = new LinkedHashMap<>();
        phases.put("type-search", record(() -> typeSearch("dog")));
        phases.put("clear-search", record(() -> typeSearch("")));
        phases.put("class-filter", record(this::toggleFirstClassFilter));
        phases.put("sort", record(this::sortByFirstColumn));
        phases.put("scroll-pages", record(() -> scrollPages(40)));
        phases.put("select-next", record(() -> selectOneAfterAnother(30)));
        return phases;
    }

    private void typeSearch(String text) throws IOException, InterruptedException {
        TextField search = WindowSnapshot.onFx(() -> (TextField) workbench.scene().lookup("#clip-search"));
        if (text.isEmpty()) {
            while (!WindowSnapshot.onFx(search::getText).isEmpty()) {
                act(() -> search.deletePreviousChar(), KEYSTROKE_MS);
            }
        }
        for (char typed : text.toCharArray()) {
            act(() -> search.appendText(String.valueOf(typed)), KEYSTROKE_MS);
        }
        TimeUnit.MILLISECONDS.sleep(SETTLE_MS);
    }

    private void toggleFirstClassFilter() throws IOException, InterruptedException {
        var browser = workbench.model().browser();
        String first = WindowSnapshot.onFx(() -> browser.classChoices().isEmpty() ? null : browser.classChoices().get(0));
        if (first == null) {
            return;
        }
        act(() -> browser.chosenClasses().setAll(first), SETTLE_MS);
        act(() -> browser.chosenClasses().clear(), SETTLE_MS);
    }

    private void sortByFirstColumn() throws IOException, InterruptedException {
        TableView<ClipRow> table = workbench.view().browser().table();
        act(() -> table.getSortOrder().setAll(table.getColumns().get(0)), SETTLE_MS);
        act(() -> table.getColumns().get(0).setSortType(TableColumn.SortType.DESCENDING), SETTLE_MS);
        act(() -> table.getSortOrder().clear(), SETTLE_MS);
    }

    private void scrollPages(int pages) throws IOException, InterruptedException {
        TableView<ClipRow> table = workbench.view().browser().table();
        int rowsPerPage = WindowSnapshot.onFx(() -> (int) Math.max(1, table.getHeight() / table.getFixedCellSize()));
        for (int page = 1; page <= pages; page++) {
            int top = page * rowsPerPage;
            act(() -> table.scrollTo(top), 50);
        }
    }

    private void selectOneAfterAnother(int clips) throws IOException, InterruptedException {
        for (int i = 0; i < clips; i++) {
            act(() -> workbench.model().browser().selectNext(), 100);
        }
    }

    private static void act(Runnable action, long thenWaitMs) throws IOException, InterruptedException {
        WindowSnapshot.onFx(() -> {
            action.run();
            return null;
        });
        TimeUnit.MILLISECONDS.sleep(thenWaitMs);
    }
}
