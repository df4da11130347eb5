package org.tagbench.app;

/** Thrown from inside a job when its cancellation token was set. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled");
    }
}
