package org.tagbench.app.jobs;

/** Receives the progress of a long operation: a fraction in [0, 1] and a short message for a status bar. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    void progress(double fraction, String message);
}
