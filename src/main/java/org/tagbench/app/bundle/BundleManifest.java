package org.tagbench.app.bundle;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code bundle.json}: what a bundle is ({@link #FORMAT}, {@link #VERSION}), its id (which run of which models; the
 * scores the job writes carry it, and the import checks it against the workspace), the classes in output order, the
 * run tree ({@link BundleNode}) and the SHA-256 of every file under {@code models/}.
 */
public record BundleManifest(String format, int version, String id, long run, List<String> classes, BundleNode root,
                             Map<String, String> files, String tagbench) {
    public static final String FORMAT = "tagbench-bundle";
    public static final int VERSION = 1;
    public static final String FILE = "bundle.json";
    /** padValue NaN (pad with the clip's minimum) is a valid inference setting, so NaN is written and read. */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().setStrictness(com.google.gson.Strictness.LENIENT).create();

    public BundleManifest {
        classes = List.copyOf(classes);
        files = Map.copyOf(files);
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Parses and checks the format and version; {@code source} names the file in the messages. */
    public static BundleManifest fromJson(String json, String source) {
        BundleManifest manifest;
        try {
            manifest = GSON.fromJson(json, BundleManifest.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(source + ": not a bundle manifest (" + e.getMessage() + ")");
        }
        if (manifest == null || !FORMAT.equals(manifest.format())) {
            throw new IllegalArgumentException(source + ": not a Tagbench bundle (format is not '" + FORMAT + "')");
        }
        if (manifest.version() != VERSION) {
            throw new IllegalArgumentException(source + ": bundle version " + manifest.version()
                    + ", this Tagbench reads version " + VERSION + " (export the run again with this version)");
        }
        return manifest;
    }
}
