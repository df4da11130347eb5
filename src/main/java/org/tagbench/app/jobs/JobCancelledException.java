package org.tagbench.app.jobs;

/** Thrown from inside a job when its cancellation token was set. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled");
    }
}
