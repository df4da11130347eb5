package org.tagbench.store;

import java.time.Instant;

/**
 * A training run or pipeline as data: what was trained with which parameters, how it went, where its models are.
 * {@code lastDecisionId} is the newest reviewer decision the run's labels included. {@code oofLwlrap} is the figure
 * as the run ended, kept for the record; views show it recomputed with the labels as they stand now (app's RunsService).
 */
public record RunRecord(long id, String kind, String preset, String status, String paramsJson, String device,
                        String gitCommit, Instant startedAt, Instant finishedAt, Double oofLwlrap, String modelDir,
                        boolean active, long lastDecisionId, String message) {
    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
}
