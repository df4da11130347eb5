package org.tagbench.store;

/** One clip of the workspace as stored: where it is, what its header said, and the hash of its bytes once known. */
public record ClipRecord(long id, String fname, String split, String path, String codec, double duration,
                         int sampleRate, int channels, long frames, long sizeBytes, long modifiedMs,
                         String contentHash) {}
