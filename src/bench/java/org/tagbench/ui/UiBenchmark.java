package org.tagbench.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ScrollEvent;
import org.tagbench.ui.browser.ClipBrowserView;
import org.tagbench.ui.browser.ClipRow;

/**
 * Opens the real window on a workspace and browses it the way a user does (typing a search char by char, toggling
 * a filter, sorting, flicking the clip table a page per wheel event, jumping to far rows, stepping through clips)
 * while a {@link FramePulseProbe} records the gaps between frames and the FX thread's own work in each; the same
 * probe over the idle window gives the reference. Needs a display (xvfb-run).
 */
public final class UiBenchmark {
    /**
     * The idle window's frame gaps (the reference) and two passes of the same browsing: the first meets code paths
     * for the first time in the session (class loading, the JIT), the second is the steady state.
     */
    public record Result(int clips, double idleP99FrameGapMs, double idleMedianFrameGapMs, Pass firstPass,
                         Pass secondPass, Heap heap) {}

    /** Live heap after a full collection, in MiB: before the window opens, and with the workspace loaded in it. */
    public record Heap(double beforeWindowMib, double loadedMib) {}

    /**
     * One pass of browsing, in ms: a stall is the part of the longest frame gap beyond the idle window's median frame
     * period. The gap includes waiting for the renderer (software Prism under Xvfb); the FX thread's CPU time per
     * frame leaves it out.
     */
    public record Pass(double longestStallMs, double longestFrameGapMs, double p99FrameGapMs, double longestFxCpuMs,
                       double p99FxCpuMs, List<Phase> phases) {}

    /** One kind of browsing, with its longest frame gap and FX-thread CPU time, to tell which action stalls. */
    public record Phase(String name, double longestFrameGapMs, double p99FrameGapMs, double longestFxCpuMs,
                        double p99FxCpuMs) {}

    private static final long KEYSTROKE_MS = 120;
    private static final double WHEEL_NOTCH_PX = 40;
    private static final long SETTLE_MS = 400;
    private static final long LOAD_TIMEOUT_MS = 300_000;

    private final Workbench workbench;
    private final FramePulseProbe probe;

    private UiBenchmark(Workbench workbench) {
        this.workbench = workbench;
        this.probe = new FramePulseProbe();
    }

    /** Browses an existing workspace; the settings are the defaults, kept in a scratch file. */
    public static Result run(Path workspace) throws IOException, InterruptedException {
        WindowSnapshot.startToolkit();
        double beforeWindow = liveHeapMib();
        try (BenchmarkWindow window = BenchmarkWindow.open(workspace)) {
            return new UiBenchmark(window.workbench()).measure(beforeWindow);
        }
    }

    private Result measure(double heapBeforeWindow) throws IOException, InterruptedException {
        int clips = awaitLoaded();
        Heap heap = new Heap(heapBeforeWindow, liveHeapMib());
        FramePulseProbe.Millis idle = record(() -> TimeUnit.SECONDS.sleep(3)).frameGaps();
        Pass first = summarise(browse(), idle);
        Pass second = summarise(browse(), idle);
        return new Result(clips, idle.percentile(99), idle.median(), first, second, heap);
    }

    private static double liveHeapMib() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
    }

    private static Pass summarise(Map<String, FramePulseProbe.Recording> phases, FramePulseProbe.Millis idle) {
        FramePulseProbe.Millis gaps = FramePulseProbe.Millis.concat(
                phases.values().stream().map(FramePulseProbe.Recording::frameGaps).toList());
        FramePulseProbe.Millis cpu = FramePulseProbe.Millis.concat(
                phases.values().stream().map(FramePulseProbe.Recording::fxCpu).toList());
        List<Phase> perPhase = phases.entrySet().stream().map(phase -> new Phase(phase.getKey(),
                phase.getValue().frameGaps().longest(), phase.getValue().frameGaps().percentile(99),
                phase.getValue().fxCpu().longest(), phase.getValue().fxCpu().percentile(99))).toList();
        return new Pass(Math.max(0, gaps.longest() - idle.median()), gaps.longest(), gaps.percentile(99),
                cpu.longest(), cpu.percentile(99), perPhase);
    }

    private interface Session {
        void run() throws IOException, InterruptedException;
    }

    private FramePulseProbe.Recording record(Session session) throws IOException, InterruptedException {
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

    private Map<String, FramePulseProbe.Recording> browse() throws IOException, InterruptedException {
        Map<String, FramePulseProbe.Recording> phases = new LinkedHashMap<>();
        phases.put("type-search", record(() -> typeSearch("dog")));
        phases.put("clear-search", record(() -> typeSearch("")));
        phases.put("class-filter", record(this::toggleFirstClassFilter));
        phases.put("sort", record(this::sortByFirstColumn));
        phases.put("wheel-notches", record(() -> wheelNotches(120)));
        phases.put("wheel-pages", record(() -> wheelPages(40)));
        phases.put("jump-to-row", record(() -> jumpToRows(40)));
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

    /** Spinning the mouse wheel: one notch (three lines, 40 px as JavaFX reports it) every 30 ms. */
    private void wheelNotches(int notches) throws IOException, InterruptedException {
        Node flow = WindowSnapshot.onFx(() -> workbench.view().browser().table().lookup(".virtual-flow"));
        for (int i = 0; i < notches; i++) {
            act(() -> flow.fireEvent(wheel(-WHEEL_NOTCH_PX)), 30);
        }
    }

    /** A flick of the wheel or trackpad: one scroll event of a page each, as the table receives it. */
    private void wheelPages(int pages) throws IOException, InterruptedException {
        TableView<ClipRow> table = workbench.view().browser().table();
        Node flow = WindowSnapshot.onFx(() -> table.lookup(".virtual-flow"));
        double page = -WindowSnapshot.onFx(() -> Math.floor(table.getHeight() / table.getFixedCellSize()) * table.getFixedCellSize());
        for (int i = 0; i < pages; i++) {
            act(() -> flow.fireEvent(wheel(page)), 50);
        }
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, false, false, false, false, false, false,
                0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    /** Bringing a far row into view, as selecting a review queue's item or a search hit does. */
    private void jumpToRows(int jumps) throws IOException, InterruptedException {
        ClipBrowserView browser = workbench.view().browser();
        int rows = WindowSnapshot.onFx(() -> browser.table().getItems().size());
        for (int jump = 1; jump <= jumps; jump++) {
            int row = (int) ((long) jump * 7919 % Math.max(1, rows));
            act(() -> browser.reveal(row), 50);
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
