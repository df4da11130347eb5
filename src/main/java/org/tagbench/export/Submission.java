package org.tagbench.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores for a set of clips, one row per fname and one column per class (in {@code classes} order).
 * Class names and fnames must be unique and every row must have one score per class.
 */
public record Submission(List<String> classes, List<String> fnames, double[][] scores) {
    public Submission {
        classes = List.copyOf(classes);
        fnames = List.copyOf(fnames);
        requireUnique(classes, "class");
        requireUnique(fnames, "fname");
        if (scores.length != fnames.size()) {
            throw new IllegalArgumentException(fnames.size() + " fnames but " + scores.length + " score rows");
        }
        for (int row = 0; row < scores.length; row++) {
            if (scores[row].length != classes.size()) {
                throw new IllegalArgumentException("row " + row + " (" + fnames.get(row) + "): " + scores[row].length
                        + " scores for " + classes.size() + " classes");
            }
        }
    }

    private static void requireUnique(List<String> names, String kind) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(kind + " " + name + " appears twice");
            }
        }
    }
}
