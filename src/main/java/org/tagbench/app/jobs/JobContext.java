package org.tagbench.app.jobs;

/** What a running job gets from whoever runs it: where to report progress and how to notice a cancel. */
public record JobContext(ProgressListener progress, CancellationToken cancellation) {
    public static JobContext unattended() {
        return new JobContext(ProgressListener.NONE, new CancellationToken());
    }

    /** Reports progress and stops the job here when cancellation was asked for. */
    public void step(double fraction, String message) {
        cancellation.throwIfCancelled();
        progress.progress(Math.max(0, Math.min(1, fraction)), message);
    }
}
