package org.tagbench.app.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A bundle folder whose manifest was read and whose every file matched its checksum. */
public record Bundle(Path folder, BundleManifest manifest) {

    public String id() {
        return manifest.id();
    }

    public List<String> classes() {
        return manifest.classes();
    }

    /** Reads {@code bundle.json} and checks every file it lists; a missing or changed file is named. */
    public static Bundle open(Path folder) throws IOException {
        Path manifestFile = folder.resolve(BundleManifest.FILE);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException(folder + " is not a bundle: it has no " + BundleManifest.FILE
                    + " ('tagbench export-bundle --runs ID --out DIR' writes one)");
        }
        BundleManifest manifest = BundleManifest.fromJson(Files.readString(manifestFile), manifestFile.toString());
        for (Map.Entry<String, String> entry : manifest.files().entrySet()) {
            Path file = folder.resolve(entry.getKey());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": missing from the bundle (copy the whole bundle folder)");
            }
            if (!RunTree.sha256(file).equals(entry.getValue())) {
                throw new IllegalArgumentException(file + ": checksum differs from " + BundleManifest.FILE
                        + " (a damaged or edited copy: export the bundle again)");
            }
        }
        String id = RunTree.idOf(manifest.run(), manifest.classes(), manifest.root(), manifest.files());
        if (!id.equals(manifest.id())) {
            throw new IllegalArgumentException(manifestFile + ": id " + manifest.id() + " does not match its contents ("
                    + id + "): an edited manifest");
        }
        return new Bundle(folder, manifest);
    }

    public Path modelsOf(BundleNode leaf) {
        return folder.resolve(leaf.models());
    }
}
