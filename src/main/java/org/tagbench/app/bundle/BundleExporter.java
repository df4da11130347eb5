package org.tagbench.app.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.tagbench.app.platform.BuildInfo;
import org.tagbench.app.workspace.Workspace;

/**
 * {@code tagbench export-bundle}: a finished run (a trained run, or a recipe's or pipeline's ensemble run combined by
 * mean or geomean) written as a folder that scores clips with no workspace: {@code bundle.json} ({@link BundleManifest})
 * and {@code models/run-ID/} per trained run (plan, classes, fold weights).
 */
public final class BundleExporter {
    private BundleExporter() {}

    public static BundleManifest export(Workspace workspace, long runId, Path out) throws IOException {
        RunTree tree = RunTree.of(workspace.store(), runId);
        if (Files.exists(out) && (!Files.isDirectory(out) || !isEmpty(out))) {
            throw new IllegalArgumentException(out + " exists and is not an empty folder: choose a new folder for the bundle");
        }
        for (Map.Entry<String, Path> file : tree.sources().entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target, StandardCopyOption.COPY_ATTRIBUTES);
        }
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, BundleManifest.VERSION, tree.id(), runId,
                tree.classes(), tree.root(), tree.files(), BuildInfo.current().describe());
        Files.writeString(out.resolve(BundleManifest.FILE), manifest.toJson());
        // what was copied must be what was hashed: a model file rewritten meanwhile fails here, not on a cluster
        Bundle.open(out);
        return manifest;
    }

    /** The id a bundle of this workspace's run has now; the import compares the scores' bundle id with it. */
    public static String currentId(Workspace workspace, long runId) {
        return RunTree.of(workspace.store(), runId).id();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
