package org.tagbench.app.workspace;

import java.util.List;
import java.util.TreeSet;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;

/**
 * Every clip and label of a workspace with its class list, as the clip browser shows them; a workspace without a
 * stored class list (a folder of labelled files) takes the classes its labels use. Reads the database: call it
 * from a job, never from the UI thread.
 */
public record ClipCatalog(List<ClipRecord> clips, List<LabelRecord> labels, List<String> classes) {
    public ClipCatalog {
        clips = List.copyOf(clips);
        labels = List.copyOf(labels);
        classes = List.copyOf(classes);
    }

    public static ClipCatalog read(Workspace workspace) {
        List<ClipRecord> clips = workspace.store().clips(null);
        List<LabelRecord> labels = workspace.store().labels(null);
        List<String> classes = workspace.classes();
        if (classes.isEmpty()) {
            TreeSet<String> used = new TreeSet<>();
            labels.forEach(label -> used.add(label.className()));
            classes = List.copyOf(used);
        }
        return new ClipCatalog(clips, labels, classes);
    }
}
