package org.tagbench.dataset;

import org.tagbench.domain.ClipId;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tagbench.audio.AudioInfo;
import org.tagbench.domain.LabelSource;

/**
 * A clip that passed every check; its audio may still decode only in part (see {@code partial}).
 *
 * @param fname  the name the dataset uses for it (FSD: the CSV's fname; folders: the path relative to the root)
 * @param file   absolute real path, inside the dataset root
 * @param labels distinct labels in CSV order, empty for an unlabelled clip
 * @param source where the labels came from, null for an unlabelled clip
 * @param origin the CSV line (or, for folder layouts, the audio file) it came from
 * @param partial what was kept of a clip only part of whose audio decodes (see {@link org.tagbench.audio.AudioCheck});
 *                null when all of it decodes
 */
public record DatasetClip(ClipId fname, String split, Path file, List<String> labels, LabelSource source,
                          AudioInfo info, SourceLine origin, String partial) {

    public DatasetClip(ClipId fname, String split, Path file, List<String> labels, LabelSource source, AudioInfo info,
                       SourceLine origin) {
        this(fname, split, file, labels, source, info, origin, null);
    }

    public DatasetClip {
        Objects.requireNonNull(fname, "fname");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(origin, "origin");
        labels = List.copyOf(labels);
        if (!labels.isEmpty() && source == null) {
            throw new IllegalArgumentException("clip " + fname + " has labels but no label source");
        }
    }

    public boolean isPartial() {
        return partial != null;
    }

    public boolean isLabelled() {
        return !labels.isEmpty();
    }
}
