package org.tagbench.app.bundle;

import java.util.List;

/**
 * What {@code import-predictions} did: scores stored for {@code stored} clips of {@code run}; {@code kept} clips
 * already had a stored prediction of that run, which stays; {@code problems} names the file and row of each row not
 * stored (an error row of the job, an unknown clip, a bad score).
 */
public record ImportOutcome(long run, String bundleId, int stored, int kept, List<String> problems) {
    public ImportOutcome {
        problems = List.copyOf(problems);
    }

    /** The outcome as lines for a terminal: the first {@code shown} problems, then the counts (last line). */
    public List<String> report(int shown) {
        List<String> lines = new java.util.ArrayList<>();
        problems.stream().limit(shown).forEach(problem -> lines.add("not stored: " + problem));
        if (problems.size() > shown) {
            lines.add("... and " + (problems.size() - shown) + " more rows not stored");
        }
        lines.add("run=" + run + " bundle=" + bundleId + " stored=" + stored + " kept=" + kept
                + " (already stored, left as they were) rejected=" + problems.size());
        return lines;
    }
}
