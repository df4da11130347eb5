package org.tagbench.app.imports;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.Decision;
import org.tagbench.store.DecodeStatus;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;
import org.tagbench.testsupport.GeneratedDataset;

/**
 * Re-import is exact: after random additions, removals, content changes, touches, renames, relabels, split moves and
 * damage (cut bytes, NaN samples) to a small generated dataset, importing it again into the workspace that holds the
 * old version leaves every clip row and every label a fresh import of the same folder gives, except that what
 * reviewers decided (their decisions and the labels they decided on) survives untouched, and the outcome names what
 * changed.
 */
class ReimportPropertiesTest {
    private static final String MISSING_NOTE = "no longer imported from the dataset (file removed, renamed or rejected); "
            + "kept for the reviewers' decisions on its labels";

    enum Edit { ADD, REMOVE, CHANGE_CONTENT, TOUCH, RENAME, RELABEL, MOVE, CUT, NAN }

    /** An edit aimed at the clip {@code target} modulo the clip count; {@code pick} chooses labels, splits, sizes. */
    record Step(Edit edit, int target, int pick) {}

    /** A reviewer decision on clip {@code target}: accept or reject one of its labels, or add a class it lacks. */
    record Review(Decision.Action action, int target, int pick) {}

    @Property(tries = 60, seed = "1402")
    void reimportEqualsAFreshImportAndKeepsEveryDecision(
            @ForAll("datasets") List<GeneratedDataset.Clip> initial,
            @ForAll("reviews") List<Review> reviews,
            @ForAll("steps") List<Step> steps) throws IOException {
        Path dir = Files.createTempDirectory("reimport");
        try {
            check(dir, initial, reviews, steps);
        } finally {
            GeneratedDataset.deleteTree(dir);
        }
    }

    private static void check(Path dir, List<GeneratedDataset.Clip> initial, List<Review> reviews, List<Step> steps)
            throws IOException {
        Path dataset = GeneratedDataset.write(dir.resolve("data"), initial);
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            WorkspaceStore store = workspace.store();
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            review(store, reviews);
            store.clips(null).forEach(clip -> store.setContentHash(clip.id(), "hash-" + clip.fname()));
            Map<String, ClipRecord> before = byName(store.clips(null));
            Map<String, String> labelsBefore = ClipRows.labels(store);
            Map<String, List<Decision>> historyBefore = histories(store, before.keySet());
            Set<String> decided = decidedLabels(historyBefore);
            Set<String> reviewed = new TreeSet<>();
            decided.forEach(key -> reviewed.add(key.substring(0, key.indexOf('|'))));

            GeneratedDataset.write(dataset, edited(initial, steps));
            ImportReport report = ImportService.importDataset(dataset, workspace, JobContext.unattended());

            try (Workspace fresh = Workspace.create(dir.resolve("fresh"))) {
                ImportService.importDataset(dataset, fresh, JobContext.unattended());
                Map<String, ClipRecord> now = byName(fresh.store().clips(null));
                assertEquals(expectedClips(before, now, reviewed), ClipRows.clips(store), "clip rows");
                assertEquals(expectedLabels(labelsBefore, ClipRows.labels(fresh.store()), decided, now.keySet()),
                        ClipRows.labels(store), "labels");
                assertEquals(historyBefore, histories(store, before.keySet()), "decision history");
                assertOutcome(report, before, now, reviewed);
            }
        }
    }

    /** The fresh rows, with the cached hash kept where the file is the same; reviewed clips that left stay, marked missing. */
    private static Map<String, Map<String, Object>> expectedClips(Map<String, ClipRecord> before,
                                                                   Map<String, ClipRecord> now, Set<String> reviewed) {
        Map<String, Map<String, Object>> expected = new TreeMap<>();
        for (ClipRecord fresh : now.values()) {
            ClipRecord old = before.get(fresh.fname().fname());
            boolean sameFile = old != null && old.sizeBytes() == fresh.sizeBytes()
                    && old.modifiedMs() == fresh.modifiedMs() && old.path().equals(fresh.path());
            Map<String, Object> columns = ClipRows.columns(fresh);
            columns.put("contentHash", sameFile ? old.contentHash() : null);
            expected.put(fresh.fname().fname(), columns);
        }
        for (ClipRecord old : before.values()) {
            if (!now.containsKey(old.fname().fname()) && reviewed.contains(old.fname().fname())) {
                Map<String, Object> columns = ClipRows.columns(old);
                columns.put("decodeStatus", DecodeStatus.MISSING);
                columns.put("decodeNote", MISSING_NOTE);
                expected.put(old.fname().fname(), columns);
            }
        }
        return expected;
    }

    /** The fresh labels where nobody decided; the decided ones as they were; all labels of a clip kept as missing. */
    private static Map<String, String> expectedLabels(Map<String, String> before, Map<String, String> fresh,
                                                      Set<String> decided, Set<String> present) {
        Map<String, String> expected = new TreeMap<>();
        fresh.forEach((key, value) -> {
            if (!decided.contains(key)) {
                expected.put(key, value);
            }
        });
        Set<String> reviewedClips = new HashSet<>();
        decided.forEach(key -> reviewedClips.add(fnameOf(key)));
        before.forEach((key, value) -> {
            String fname = fnameOf(key);
            if (decided.contains(key) || (!present.contains(fname) && reviewedClips.contains(fname))) {
                expected.put(key, value);
            }
        });
        return expected;
    }

    private static void assertOutcome(ImportReport report, Map<String, ClipRecord> before, Map<String, ClipRecord> now,
                                      Set<String> reviewed) {
        List<String> updated = new ArrayList<>();
        int added = 0;
        for (ClipRecord fresh : now.values()) {
            ClipRecord old = before.get(fresh.fname().fname());
            if (old == null) {
                added++;
            } else if (!withoutIdAndHash(old).equals(withoutIdAndHash(fresh))) {
                updated.add(fresh.fname().fname());
            }
        }
        List<String> removed = before.keySet().stream().filter(f -> !now.containsKey(f) && !reviewed.contains(f)).sorted().toList();
        List<String> kept = before.keySet().stream().filter(f -> !now.containsKey(f) && reviewed.contains(f)).sorted().toList();
        var outcome = report.outcome();
        assertEquals(added, outcome.clipsAdded(), "clips added");
        assertEquals(new TreeSet<>(updated), new TreeSet<>(outcome.updated().stream().map(ClipId::fname).toList()), "clips updated");
        assertEquals(removed, outcome.removed().stream().map(ClipId::fname).toList(), "clips removed");
        assertEquals(kept, outcome.keptMissing().stream().map(ClipId::fname).toList(), "clips kept as missing");
    }

    private static Map<String, Object> withoutIdAndHash(ClipRecord clip) {
        Map<String, Object> columns = ClipRows.columns(clip);
        columns.remove("contentHash");
        return columns;
    }

    private static String fnameOf(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    private static void review(WorkspaceStore store, List<Review> reviews) {
        List<ClipRecord> clips = store.clips(null);
        for (Review review : reviews) {
            ClipRecord clip = clips.get(review.target() % clips.size());
            List<LabelRecord> labels = store.labelsOf(clip.fname());
            if (review.action() == Decision.Action.ADD) {
                Set<String> present = new HashSet<>();
                labels.forEach(label -> present.add(label.className()));
                List<String> absent = GeneratedDataset.CLASSES.stream().filter(c -> !present.contains(c)).toList();
                if (!absent.isEmpty()) {
                    store.decide(clip.fname(), absent.get(review.pick() % absent.size()), Decision.Action.ADD, "tester");
                }
            } else if (!labels.isEmpty()) {
                store.decide(clip.fname(), labels.get(review.pick() % labels.size()).className(), review.action(), "tester");
            }
        }
    }

    private static Map<String, List<Decision>> histories(WorkspaceStore store, Set<String> fnames) {
        Map<String, List<Decision>> histories = new TreeMap<>();
        for (String fname : fnames) {
            List<Decision> history = store.history(ClipId.of(fname));
            if (!history.isEmpty()) {
                histories.put(fname, history);
            }
        }
        return histories;
    }

    private static Set<String> decidedLabels(Map<String, List<Decision>> histories) {
        Set<String> keys = new TreeSet<>();
        histories.forEach((fname, history) -> history.forEach(d -> keys.add(ClipRows.key(fname, d.className()))));
        return keys;
    }

    private static Map<String, ClipRecord> byName(List<ClipRecord> clips) {
        Map<String, ClipRecord> byName = new HashMap<>();
        clips.forEach(clip -> byName.put(clip.fname().fname(), clip));
        return byName;
    }

    /** Applies the steps in order; names stay unique because a new name is never reused. */
    static List<GeneratedDataset.Clip> edited(List<GeneratedDataset.Clip> initial, List<Step> steps) {
        List<GeneratedDataset.Clip> clips = new ArrayList<>(initial);
        int nextName = 100;
        for (Step step : steps) {
            if (clips.isEmpty() && step.edit() != Edit.ADD) {
                continue;
            }
            int at = clips.isEmpty() ? 0 : step.target() % clips.size();
            int pick = step.pick();
            switch (step.edit()) {
                case ADD -> clips.add(clip("n" + nextName++ + ".wav", pick));
                case REMOVE -> clips.remove(at);
                case CHANGE_CONTENT -> clips.set(at, clips.get(at).withContent(400 + 97 * (pick % 9), 0, 0));
                case TOUCH -> clips.set(at, clips.get(at).touched(1 + pick % 5));
                case RENAME -> clips.set(at, clips.get(at).withName("r" + nextName++ + ".wav"));
                case RELABEL -> {
                    GeneratedDataset.Clip clip = clips.get(at);
                    if (!clip.split().equals("test")) {
                        clips.set(at, clip.withSplit(clip.split(), labels(pick)));
                    }
                }
                case MOVE -> {
                    String split = GeneratedDataset.SPLITS.get(pick % 3);
                    clips.set(at, clips.get(at).withSplit(split, split.equals("test") ? List.of() : labels(pick / 3)));
                }
                case CUT -> clips.set(at, clips.get(at).withContent(clips.get(at).frames(), 2 + 2 * (pick % 200), 0));
                case NAN -> clips.set(at, clips.get(at).withContent(clips.get(at).frames(), 0, 1 + pick % 30));
            }
        }
        return clips;
    }

    static GeneratedDataset.Clip clip(String fname, int pick) {
        String split = GeneratedDataset.SPLITS.get(pick % 3);
        List<String> labels = split.equals("test") ? List.of() : labels(pick / 3);
        return new GeneratedDataset.Clip(fname, split, labels, 500 + 50 * (pick % 13), pick % 4 == 0, 0, 0, 0, 0);
    }

    /** One to three distinct classes. */
    static List<String> labels(int pick) {
        List<String> labels = new ArrayList<>();
        int count = 1 + pick % 3;
        for (int i = 0; i < count; i++) {
            String label = GeneratedDataset.CLASSES.get((pick / 3 + 2 * i) % GeneratedDataset.CLASSES.size());
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        return labels;
    }

    @Provide
    Arbitrary<List<GeneratedDataset.Clip>> datasets() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(6).map(picks -> {
            List<GeneratedDataset.Clip> clips = new ArrayList<>();
            for (int i = 0; i < picks.size(); i++) {
                clips.add(clip("c" + i + ".wav", picks.get(i)));
            }
            return clips;
        });
    }

    @Provide
    Arbitrary<List<Review>> reviews() {
        return Combinators.combine(Arbitraries.of(Decision.Action.ACCEPT, Decision.Action.REJECT, Decision.Action.ADD),
                        Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100))
                .as(Review::new).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Edit.class), Arbitraries.integers().between(0, 100),
                        Arbitraries.integers().between(0, 10_000))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
