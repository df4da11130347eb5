package org.tagbench.app.export;

import java.nio.file.Path;
import java.util.Optional;
import org.tagbench.app.training.ClipIssues;
import org.tagbench.export.Evaluation;

/**
 * A written export: the file, its number of clip rows, its scores when a truth file was given, and the clips a
 * submission predicted from partial audio or skipped ({@link ClipIssues#NONE} for labels).
 */
public record ExportOutcome(Path file, int rows, Optional<Evaluation> evaluation, ClipIssues clipIssues) {}
