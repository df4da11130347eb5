package org.tagbench.ui.jobs;

import java.util.concurrent.atomic.AtomicBoolean;
import org.tagbench.app.jobs.CancellationToken;

/** Handle of a submitted job: its title and the switch that cancels it. */
public final class RunningJob {
    private final String title;
    private final CancellationToken token;
    private final AtomicBoolean reportPending = new AtomicBoolean();

    RunningJob(String title, CancellationToken token) {
        this.title = title;
        this.token = token;
    }

    public String title() {
        return title;
    }

    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    CancellationToken token() {
        return token;
    }

    /** True when no progress update of this job is already queued for the UI thread. */
    boolean claimReport() {
        return reportPending.compareAndSet(false, true);
    }

    void releaseReport() {
        reportPending.set(false);
    }
}
