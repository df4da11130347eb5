package org.tagbench.app.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

/** Shared flag a caller sets to ask a running job to stop at its next safe point. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new JobCancelledException();
        }
    }
}
