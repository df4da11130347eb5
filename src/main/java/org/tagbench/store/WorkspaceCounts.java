package org.tagbench.store;

import java.util.Map;

/**
 * Summary numbers of a workspace: clips per split (as the dataset names them) and per {@link DecodeStatus}, classes,
 * labels per source and state, decisions.
 */
public record WorkspaceCounts(Map<String, Long> clipsPerSplit, int classes, Map<String, Long> labelsPerSource,
                              Map<String, Long> labelsPerState, long decisions, Map<String, Long> clipsPerDecodeStatus) {}
