package org.tagbench.store;

import java.util.List;

/**
 * A clip as an import found it, with the labels its CSV gave. {@code labelSource} is a {@link LabelSources} name,
 * or null for an unlabelled clip.
 */
public record NewClip(String fname, String split, String path, String codec, double duration, int sampleRate,
                      int channels, long frames, long sizeBytes, long modifiedMs, List<String> labels,
                      String labelSource) {
    public NewClip {
        labels = List.copyOf(labels);
    }
}
