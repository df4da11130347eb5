package org.tagbench.app.workspace;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tagbench.store.FeatureCache;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * A workspace folder: the SQLite database with clips, labels, decisions and runs, and the feature cache beside it.
 * By default it lives in {@code DATASET/.tagbench}.
 */
public final class Workspace implements AutoCloseable {
    public static final String DEFAULT_FOLDER = ".tagbench";
    private static final String DATABASE = "workspace.db";

    private final Path dir;
    private final WorkspaceStore store;
    private final FeatureCache features;

    private Workspace(Path dir, WorkspaceStore store) {
        this.dir = dir;
        this.store = store;
        this.features = new FeatureCache(dir.resolve("features"));
    }

    public static Path defaultFor(Path datasetDir) {
        return datasetDir.toAbsolutePath().normalize().resolve(DEFAULT_FOLDER);
    }

    /** Opens or creates the workspace folder. */
    public static Workspace create(Path dir) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create workspace folder " + dir + " (" + e.getMessage()
                    + "): choose a writable one with --workspace DIR", e);
        }
        WorkspaceStore store = WorkspaceStore.open(dir.resolve(DATABASE));
        // A run left 'running' by a process that died (a crash, a kill) is marked failed as soon as anyone opens it.
        store.failOrphanedRuns();
        return new Workspace(dir.toAbsolutePath().normalize(), store);
    }

    /** Opens an existing workspace; fails with a hint when the folder holds none. */
    public static Workspace open(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(DATABASE))) {
            throw new IOException("no Tagbench workspace in " + dir.toAbsolutePath()
                    + ": run 'tagbench import DATASET_DIR' first, or name one with --workspace DIR");
        }
        return create(dir);
    }

    public Path dir() {
        return dir;
    }

    public WorkspaceStore store() {
        return store;
    }

    public FeatureCache features() {
        return features;
    }

    /** Where the clips' relative paths start: the imported dataset's root, else the workspace folder. */
    public Path datasetRoot() {
        return Path.of(store.datasetRoot().orElse(dir.toString()));
    }

    /** The workspace's classes in their stored order. */
    public List<String> classes() {
        return store.classes();
    }

    /** The labels of one clip, rejected ones included, ordered by class. */
    public List<LabelRecord> labelsOf(ClipId fname) {
        return store.labelsOf(fname);
    }

    /** The splits that hold clips, in name order. */
    public List<String> splits() {
        return List.copyOf(store.counts().clipsPerSplit().keySet());
    }

    @Override
    public void close() {
        store.close();
    }
}
