package org.tagbench.app.imports;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;

/** A workspace's clips and labels as plain values, to compare two workspaces column by column. */
final class ClipRows {
    private ClipRows() {}

    /** Every column of every clip but the row id, by fname; reflection keeps a column added later in the comparison. */
    static Map<String, Map<String, Object>> clips(WorkspaceStore store) {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (ClipRecord clip : store.clips(null)) {
            rows.put(clip.fname().fname(), columns(clip));
        }
        return rows;
    }

    static Map<String, Object> columns(ClipRecord clip) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (RecordComponent component : ClipRecord.class.getRecordComponents()) {
            if (!component.getName().equals("id")) {
                try {
                    columns.put(component.getName(), component.getAccessor().invoke(clip));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return columns;
    }

    /** {@code fname|class -> source:state} for every label, rejected ones included. */
    static Map<String, String> labels(WorkspaceStore store) {
        Map<String, String> labels = new TreeMap<>();
        for (LabelRecord label : store.labels(null)) {
            labels.put(key(label.fname().fname(), label.className()), label.source().dbName() + ":" + label.state().dbName());
        }
        return labels;
    }

    static String key(String fname, String className) {
        return fname + "|" + className;
    }

    static List<String> fnames(WorkspaceStore store) {
        return store.clips(null).stream().map(clip -> clip.fname().fname()).sorted().toList();
    }
}
