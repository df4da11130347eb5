package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.tagbench.store.WorkspaceStore;

/**
 * Records every database read that runs on the JavaFX thread while a window test drives the workbench: the UI thread
 * never waits on the database (a read there froze the window for as long as the disk took).
 */
public final class UiThreadReads implements AutoCloseable {
    private final List<String> onUiThread = new CopyOnWriteArrayList<>();

    public UiThreadReads() {
        WorkspaceStore.observeReads(what -> {
            if (Platform.isFxApplicationThread()) {
                onUiThread.add(what + " (" + caller() + ")");
            }
        });
    }

    public void assertNone() {
        assertEquals(List.of(), List.copyOf(onUiThread), "database reads on the JavaFX thread");
    }

    @Override
    public void close() {
        WorkspaceStore.observeReads(null);
    }

    private static String caller() {
        return java.util.Arrays.stream(new Throwable().getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.tagbench.ui."))
                .filter(frame -> !frame.getClassName().equals(UiThreadReads.class.getName()))
                .findFirst().map(frame -> frame.getClassName() + "." + frame.getMethodName()).orElse("?");
    }
}
