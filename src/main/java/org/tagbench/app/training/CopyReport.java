package org.tagbench.app.training;

import java.util.List;

/**
 * What making a plan's augmented copies cost: copies made now (decoded, augmented, log-mel computed), copies read
 * from the feature cache, clips whose copies failed (file and reason), and the wall time.
 */
public record CopyReport(int made, int cached, List<String> failures, double seconds) {
    public static final CopyReport NONE = new CopyReport(0, 0, List.of(), 0);

    public CopyReport {
        failures = List.copyOf(failures);
    }

    public int copies() {
        return made + cached;
    }
}
