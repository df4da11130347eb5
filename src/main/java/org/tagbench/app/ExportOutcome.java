package org.tagbench.app;

import java.nio.file.Path;
import java.util.Optional;
import org.tagbench.export.Evaluation;

/** A written export: the file, its number of clip rows, and its scores when a truth file was given. */
public record ExportOutcome(Path file, int rows, Optional<Evaluation> evaluation) {}
