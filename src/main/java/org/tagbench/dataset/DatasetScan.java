package org.tagbench.dataset;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of scanning a dataset folder: the clips that imported, in CSV (or folder listing) order,
 * and every problem found, ordered by file and line.
 */
public record DatasetScan(Path root, LayoutKind layout, Vocabulary vocabulary, List<DatasetClip> clips,
                          List<ImportProblem> problems) {

    public DatasetScan {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(vocabulary, "vocabulary");
        clips = List.copyOf(clips);
        problems = List.copyOf(problems);
    }

    /** Split name to clip count, in the order the splits first appear among the clips. */
    public Map<String, Long> clipsPerSplit() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DatasetClip clip : clips) {
            counts.merge(clip.split(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    public List<DatasetClip> clipsIn(String split) {
        return clips.stream().filter(clip -> clip.split().equals(split)).toList();
    }
}
