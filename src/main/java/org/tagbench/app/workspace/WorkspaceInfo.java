package org.tagbench.app.workspace;

import java.util.Map;

/** What `tagbench info` shows about a workspace; {@code decoding} counts clips per decode status (ok, partial, ...). */
public record WorkspaceInfo(String workspace, String datasetRoot, Map<String, Long> clips, int classes,
                            Map<String, Long> labels, Map<String, Long> labelStates, long decisions, int schemaVersion,
                            Map<String, Long> decoding) {
    public static WorkspaceInfo of(Workspace workspace) {
        var store = workspace.store();
        var counts = store.counts();
        return new WorkspaceInfo(workspace.dir().toString(), store.datasetRoot().orElse(null), counts.clipsPerSplit(),
                counts.classes(), counts.labelsPerSource(), counts.labelsPerState(), counts.decisions(),
                store.schemaVersion(), counts.clipsPerDecodeStatus());
    }
}
