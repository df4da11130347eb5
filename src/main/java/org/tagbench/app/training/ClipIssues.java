package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tagbench.store.ClipRecord;

/**
 * The clips a training or prediction used although only part of their audio decodes ({@code partial}), and those
 * it left out ({@code skipped}), each with its reason; reported at the end of the run and kept in its record.
 */
public record ClipIssues(List<Issue> partial, List<Issue> skipped) {
    public static final ClipIssues NONE = new ClipIssues(List.of(), List.of());

    /** One clip and why it is listed. */
    public record Issue(ClipId fname, String reason) {
        @Override
        public String toString() {
            return fname + ": " + reason;
        }
    }

    public ClipIssues {
        partial = List.copyOf(partial);
        skipped = List.copyOf(skipped);
    }

    /** These issues and more skipped clips (e.g. clips a run could not predict after training), each clip once. */
    public ClipIssues plusSkipped(List<Issue> more) {
        List<Issue> all = new ArrayList<>(skipped);
        java.util.Set<ClipId> listed = new java.util.HashSet<>();
        skipped.forEach(issue -> listed.add(issue.fname()));
        more.stream().filter(issue -> listed.add(issue.fname())).forEach(all::add);
        return new ClipIssues(partial, all);
    }

    public boolean isEmpty() {
        return partial.isEmpty() && skipped.isEmpty();
    }

    /** The partial clips among these, with what of each was kept. */
    public static ClipIssues partialAmong(List<ClipRecord> clips) {
        Collector collector = new Collector();
        clips.stream().filter(ClipRecord::isPartial).forEach(collector::partial);
        return collector.issues();
    }

    /** Gathers issues from the threads that load clips. */
    static final class Collector {
        private final List<Issue> partial = Collections.synchronizedList(new ArrayList<>());
        private final List<Issue> skipped = Collections.synchronizedList(new ArrayList<>());

        void partial(ClipRecord clip) {
            partial.add(new Issue(clip.fname(), clip.decodeNote()));
        }

        void skipped(ClipId fname, String reason) {
            skipped.add(new Issue(fname, reason));
        }

        ClipIssues issues() {
            return new ClipIssues(partial, skipped);
        }
    }
}
