package org.tagbench.store;

import java.util.Map;

/** Summary numbers of a workspace: clips per split (as the dataset names them), classes, labels per source. */
public record WorkspaceCounts(Map<String, Long> clipsPerSplit, int classes, Map<String, Long> labelsPerSource,
                              Map<String, Long> labelsPerState, long decisions) {}
