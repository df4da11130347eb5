package org.tagbench.app.training;

import java.nio.file.Path;
import org.tagbench.app.runs.RunsService;

/**
 * A finished training: its run id, its lwlrap figure as the run ended ({@link RunsService#scores}: out-of-sample
 * predictions on the curated clips, whatever else it trained on), where its models are, what its augmented copies
 * cost ({@link CopyReport#NONE} without any), and which clips trained on partial audio or were skipped.
 */
public record TrainOutcome(long runId, double oofLwlrap, Path bundle, int trainingClips, double seconds,
                           CopyReport copies, ClipIssues clipIssues) {}
