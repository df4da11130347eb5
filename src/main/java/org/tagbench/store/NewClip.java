package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.util.List;
import org.tagbench.domain.LabelSource;

/**
 * A clip as an import found it, with the labels its CSV gave. {@code labelSource} is where those labels came from,
 * or null for an unlabelled clip. {@code decodeStatus} is a {@link DecodeStatus} name; {@code decodeNote} says what of
 * a partial clip was kept (null for a whole one).
 */
public record NewClip(ClipId fname, String split, String path, String codec, double duration, int sampleRate,
                      int channels, long frames, long sizeBytes, long modifiedMs, List<String> labels,
                      LabelSource labelSource, String decodeStatus, String decodeNote) {
    public NewClip {
        labels = List.copyOf(labels);
        if (!DecodeStatus.OK.equals(decodeStatus) && !DecodeStatus.PARTIAL.equals(decodeStatus)) {
            throw new IllegalArgumentException("an imported clip is ok or partial, not " + decodeStatus);
        }
    }

    /** A clip whose audio decodes whole. */
    public NewClip(ClipId fname, String split, String path, String codec, double duration, int sampleRate,
                   int channels, long frames, long sizeBytes, long modifiedMs, List<String> labels, LabelSource labelSource) {
        this(fname, split, path, codec, duration, sampleRate, channels, frames, sizeBytes, modifiedMs, labels,
                labelSource, DecodeStatus.OK, null);
    }
}
