package org.tagbench.dataset;

import org.tagbench.domain.ClipId;
import java.io.InterruptedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tagbench.domain.LabelSource;

/**
 * Gathers the rows of a layout in order, rejects the ones that fail the row checks, then reads the
 * audio headers of the rest. Checks run in this order: labels against the vocabulary, the name, and
 * duplicates; the first row that passes them claims its fname and any later row with it is reported.
 */
final class ClipCollector {

    /** A row as a layout read it, before any check here. */
    record Candidate(String fname, String split, Path folder, List<String> labels, LabelSource source,
                     SourceLine origin) {
        static Candidate unlabelled(String fname, String split, Path folder, SourceLine origin) {
            return new Candidate(fname, split, folder, List.of(), null, origin);
        }
    }

    private record Accepted(Candidate candidate, Path file) {}

    private final Path root;
    private final Vocabulary vocabulary;
    private final List<Accepted> accepted = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, SourceLine> claimedBy = new HashMap<>();
    private final Map<Path, SourceLine> fileClaimedBy = new HashMap<>();
    private final Map<Path, Integer> fileRank = new LinkedHashMap<>();

    /** @param root the real path of the dataset root */
    ClipCollector(Path root, Vocabulary vocabulary) {
        this.root = root;
        this.vocabulary = vocabulary;
    }

    Path root() {
        return root;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    void report(ImportProblem problem) {
        rank(problem.file());
        problems.add(problem);
    }

    void report(SourceLine origin, String fname, String reason) {
        report(ImportProblem.at(origin, fname, reason));
    }

    void offer(Candidate candidate) {
        rank(candidate.origin().file());
        Resolution resolution = resolveInside(candidate.folder(), candidate.fname());
        String reason = unknownClasses(candidate.labels());
        if (reason == null) {
            reason = resolution.problem();
        }
        if (reason == null) {
            reason = duplicateOf(candidate);
        }
        if (reason == null) {
            reason = sameFileAs(resolution.file());
        }
        if (reason != null) {
            report(candidate.origin(), candidate.fname(), reason);
            return;
        }
        claimedBy.put(candidate.fname(), candidate.origin());
        fileClaimedBy.put(resolution.file(), candidate.origin());
        accepted.add(new Accepted(candidate, resolution.file()));
    }

    /** Reads every accepted clip's header; returns the clips that imported and all problems, by file and line. */
    Result finish(ScanListener listener) throws InterruptedIOException {
        List<HeaderProber.Outcome> outcomes = new HeaderProber(root)
                .probeAll(accepted.stream().map(Accepted::file).toList(), listener);
        List<DatasetClip> clips = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Candidate candidate = accepted.get(i).candidate();
            HeaderProber.Outcome outcome = outcomes.get(i);
            if (outcome.accepted()) {
                clips.add(new DatasetClip(ClipId.of(candidate.fname()), candidate.split(), outcome.realFile(),
                        candidate.labels(), candidate.source(), outcome.check().info(), candidate.origin(),
                        outcome.check().summary()));
            } else {
                report(candidate.origin(), candidate.fname(), outcome.problem());
            }
        }
        List<ImportProblem> ordered = new ArrayList<>(problems);
        ordered.sort(Comparator.comparingInt((ImportProblem problem) -> fileRank.get(problem.file()))
                .thenComparingLong(ImportProblem::line));
        return new Result(clips, ordered);
    }

    record Result(List<DatasetClip> clips, List<ImportProblem> problems) {}

    private void rank(Path file) {
        fileRank.putIfAbsent(file, fileRank.size());
    }

    private String unknownClasses(List<String> labels) {
        List<String> unknown = labels.stream().filter(label -> !vocabulary.contains(label)).toList();
        if (unknown.isEmpty()) {
            return null;
        }
        String quoted = "'" + String.join("', '", unknown) + "'";
        return (unknown.size() == 1 ? "unknown class " : "unknown classes ") + quoted;
    }

    /** Either the file a name points to, or why it may not be used. */
    private record Resolution(Path file, String problem) {}

    /** The lexical check: the name must stay inside its folder. Symlinks are checked when probing. */
    private Resolution resolveInside(Path folder, String fname) {
        Path name;
        try {
            name = Path.of(fname);
        } catch (InvalidPathException e) {
            return new Resolution(null, "invalid file name: " + e.getReason());
        }
        if (name.isAbsolute() || fname.startsWith("/") || fname.startsWith("\\")) {
            return new Resolution(null, "absolute path not allowed as fname");
        }
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || file.equals(folder)) {
            String where = folder.equals(root) ? "the dataset folder" : "its folder " + DatasetFiles.relativeName(root, folder) + "/";
            return new Resolution(null, "fname resolves outside " + where);
        }
        return new Resolution(file, null);
    }

    /** Two names for one file ("a.wav", "./a.wav") would put the same clip in two folds and count it twice. */
    private String sameFileAs(Path file) {
        SourceLine first = fileClaimedBy.get(file);
        return first == null ? null : "same file as the row at " + first.describe() + " (one file, two names)";
    }

    private String duplicateOf(Candidate candidate) {
        SourceLine first = claimedBy.get(candidate.fname());
        return first == null ? null : "duplicate fname, first listed at " + first.describe();
    }
}
