package org.tagbench.app;

import java.nio.file.Path;

/**
 * A finished training: its run id, out-of-fold lwlrap over its training clips (originals, never augmented copies),
 * where its models are, what its augmented copies cost ({@link CopyReport#NONE} without any), and which clips trained
 * on partial audio or were skipped.
 */
public record TrainOutcome(long runId, double oofLwlrap, Path bundle, int trainingClips, double seconds,
                           CopyReport copies, ClipIssues clipIssues) {}
