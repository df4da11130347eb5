/**
 * Long work as a job: Job, JobContext with progress and cancel, and ParallelClips to run one task per clip on a pool.
 */
package org.tagbench.app.jobs;
