package org.tagbench.app.features;

import java.util.List;

/** What a feature pass did: matrices computed, found in the cache, clips that failed (with file and reason). */
public record FeatureReport(int computed, int cached, List<String> failures, double audioSeconds, long elapsedMillis) {
    public int failed() {
        return failures.size();
    }
}
