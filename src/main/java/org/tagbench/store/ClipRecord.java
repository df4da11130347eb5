package org.tagbench.store;

import org.tagbench.domain.ClipId;

/**
 * One clip of the workspace as stored: where it is, what its header said, the hash of its bytes once known, and how
 * much of it decodes ({@link DecodeStatus}, with a note saying what was kept when not all).
 */
public record ClipRecord(long id, ClipId fname, String split, String path, String codec, double duration,
                         int sampleRate, int channels, long frames, long sizeBytes, long modifiedMs,
                         String contentHash, String decodeStatus, String decodeNote) {

    public ClipRecord(long id, ClipId fname, String split, String path, String codec, double duration,
                      int sampleRate, int channels, long frames, long sizeBytes, long modifiedMs, String contentHash) {
        this(id, fname, split, path, codec, duration, sampleRate, channels, frames, sizeBytes, modifiedMs, contentHash,
                DecodeStatus.OK, null);
    }

    public boolean isPartial() {
        return DecodeStatus.PARTIAL.equals(decodeStatus);
    }
}
