package org.tagbench.spark;

import java.util.List;

/** What a run of the job wrote: where, with which bundle, how many clips scored (ok, partial) and which failed. */
record JobSummary(String out, String format, String bundleId, long clips, long ok, long partial, List<Failed> errors,
                  int partitions, double seconds) {
    record Failed(String fname, String path, String reason) {}

    String line() {
        return "clips=" + clips + " ok=" + ok + " partial=" + partial + " errors=" + errors.size() + " partitions="
                + partitions + " seconds=" + String.format(java.util.Locale.ROOT, "%.1f", seconds) + " bundle=" + bundleId
                + " out=" + out;
    }
}
