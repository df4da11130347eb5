package org.tagbench.ui.settings;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes settings shortly after they change, so a crash loses at most the last moments. Changes within the delay
 * (a dragged divider, a spinner held down) collapse into one write of the latest settings, off the UI thread.
 */
public final class SettingsAutosave implements AutoCloseable {
    private final SettingsStore store;
    private final long delayMillis;
    private final Consumer<IOException> onFailure;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tagbench-settings");
        thread.setDaemon(true);
        return thread;
    });
    private final Object writing = new Object();
    private Settings pending;
    private ScheduledFuture<?> scheduled;

    public SettingsAutosave(SettingsStore store, long delayMillis, Consumer<IOException> onFailure) {
        this.store = store;
        this.delayMillis = delayMillis;
        this.onFailure = onFailure;
    }

    /** Remembers the latest settings and (re)starts the delay before writing them. */
    public synchronized void changed(Settings latest) {
        if (writer.isShutdown()) {
            return; // a layout pass of a closing window moves dividers after the last save: not a user's change
        }
        pending = latest;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = writer.schedule(this::flush, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Writes these settings now, replacing any pending ones, so an older pending write cannot follow it. */
    public void saveNow(Settings latest) {
        synchronized (this) {
            pending = latest;
        }
        flush();
    }

    /** Writes the pending settings now, if any; one write at a time, since they share the temporary file. */
    public void flush() {
        synchronized (writing) {
            Settings toWrite;
            synchronized (this) {
                toWrite = pending;
                pending = null;
            }
            if (toWrite == null) {
                return;
            }
            try {
                store.save(toWrite);
            } catch (IOException e) {
                onFailure.accept(e);
            }
        }
    }

    /** Writes what is pending and stops the writer (not interrupting a write under way). */
    @Override
    public void close() {
        writer.shutdown();
        flush();
    }
}
