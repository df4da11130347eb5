package org.tagbench.app.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.pipeline.RecipeService;
import org.tagbench.ml.infer.InferenceSettings;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.store.FeatureCache;
import org.tagbench.store.RunRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * A run of a workspace as a bundle would hold it: the tree of runs, where each trained run's models are in the
 * workspace, and the checksums of those files under the names they get in the bundle. The export writes it; the
 * import computes it again to check that scores carrying a bundle id come from this workspace's run.
 */
record RunTree(long run, List<String> classes, BundleNode root, Map<String, Path> sources, Map<String, String> files) {

    static RunTree of(WorkspaceStore store, long runId) {
        Map<String, Path> sources = new LinkedHashMap<>();
        BundleNode root = node(store, runId, sources);
        Map<String, String> files = new TreeMap<>();
        sources.forEach((inBundle, source) -> files.put(inBundle, sha256(source)));
        return new RunTree(runId, store.classes(), root, sources, files);
    }

    /** {@code run<ID>-<16 hex digits>}: the run and a digest of its classes, its tree and every model file. */
    String id() {
        return idOf(run, classes, root, files);
    }

    static String idOf(long run, List<String> classes, BundleNode root, Map<String, String> files) {
        StringBuilder canonical = new StringBuilder(String.join("\n", classes)).append("\n").append(shape(root)).append("\n");
        new TreeMap<>(files).forEach((name, hash) -> canonical.append(name).append(' ').append(hash).append('\n'));
        return "run" + run + "-" + FeatureCache.contentHash(canonical.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    private static String shape(BundleNode node) {
        if (!node.isEnsemble()) {
            return node.run() + ":" + node.models();
        }
        return node.run() + ":" + node.combine() + node.members().stream().map(RunTree::shape).toList();
    }

    private static BundleNode node(WorkspaceStore store, long runId, Map<String, Path> sources) {
        RunRecord run = store.run(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId
                + " in this workspace ('tagbench runs' lists them)"));
        if (!RunRecord.FINISHED.equals(run.status())) {
            throw new IllegalStateException("run " + runId + " is " + run.status() + ": only a finished run can be exported");
        }
        List<Long> memberIds = store.runMembers(runId);
        if (!memberIds.isEmpty()) {
            Combine combine = RecipeService.combineOf(run);
            if (combine != Combine.MEAN && combine != Combine.GEOMETRIC_MEAN) {
                throw new IllegalArgumentException("run " + runId + " combines its members by '" + combine.cliName()
                        + "', which needs the scores of all clips together (rank) or the workspace's out-of-fold "
                        + "predictions (stack); a bundle scores clip by clip and takes mean or geomean ensembles only");
            }
            List<BundleNode> members = new ArrayList<>();
            for (long member : memberIds) {
                members.add(node(store, member, sources));
            }
            return new BundleNode(runId, run.kind(), run.preset(), null, null, combine.cliName(), members);
        }
        if (run.modelDir() == null || !Files.isDirectory(Path.of(run.modelDir()))) {
            throw new IllegalStateException("run " + runId + " has no model folder (" + run.modelDir() + ")");
        }
        Path folder = Path.of(run.modelDir());
        String inBundle = "models/run-" + runId;
        for (Path file : filesUnder(folder)) {
            sources.put(inBundle + "/" + folder.relativize(file).toString().replace('\\', '/'), file);
        }
        InferenceSettings inference = InferenceSettings.of(ModelBundle.read(folder).plan());
        return new BundleNode(runId, run.kind(), run.preset(), inBundle, inference, null, List.of());
    }

    static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    static String sha256(Path file) {
        try {
            return FeatureCache.contentHash(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
