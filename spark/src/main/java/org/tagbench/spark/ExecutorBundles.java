package org.tagbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.tagbench.app.bundle.Bundle;
import org.tagbench.app.bundle.BundleScorer;

/**
 * What an executor JVM keeps between tasks: each bundle copied (from a Hadoop file system) and checked once per
 * executor, and one scorer (the bundle's DJL models) per executor thread, reused by every task that thread runs. Spark
 * runs one task per thread, so a scorer is never shared; it lives as long as the executor.
 */
final class ExecutorBundles {
    private static final Map<String, Bundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, BundleScorer>> SCORERS = ThreadLocal.withInitial(HashMap::new);
    /** How often a bundle was loaded and models opened in this JVM: the test checks "once per executor". */
    static final AtomicInteger BUNDLE_LOADS = new AtomicInteger();
    static final AtomicInteger SCORER_OPENS = new AtomicInteger();

    private ExecutorBundles() {}

    static Bundle bundle(String location) {
        return BUNDLES.computeIfAbsent(location, ExecutorBundles::load);
    }

    /** This thread's scorer of the bundle; PyTorch gets one intra-op thread, since Spark gives each task a core. */
    static BundleScorer scorer(String location, String device) {
        return SCORERS.get().computeIfAbsent(location + "|" + device, key -> {
            SCORER_OPENS.incrementAndGet();
            return BundleScorer.open(bundle(location), device, 1);
        });
    }

    private static Bundle load(String location) {
        BUNDLE_LOADS.incrementAndGet();
        try {
            Path local = HadoopPaths.isLocal(location) ? HadoopPaths.localPath(location)
                    : HadoopPaths.localCopy(location, Files.createTempDirectory("tagbench-bundle"), new Configuration());
            return Bundle.open(local);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + location, e);
        }
    }
}
