package org.tagbench.store;

/** What writing an import into the workspace changed. */
public record ImportOutcome(int clipsAdded, int clipsUpdated, int clipsUnchanged, int labelsAdded, int labelsRemoved) {}
