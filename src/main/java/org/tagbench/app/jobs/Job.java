package org.tagbench.app.jobs;

/**
 * A unit of long work (import, features, training): it reports progress, can be cancelled, and never runs on
 * the UI thread. The CLI runs jobs in the foreground with a progress bar; the window runs them in the background.
 */
public interface Job<T> {
    String title();

    T run(JobContext context) throws Exception;
}
