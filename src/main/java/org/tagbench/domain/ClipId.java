package org.tagbench.domain;

import java.util.Objects;

/**
 * The id of a clip in a workspace: its file name as the dataset's CSVs and submissions write it (their {@code fname}
 * column, e.g. {@code 0006ae4e.wav}, or {@code Bark/0001.wav} in a folder-per-class layout). A type rather than text
 * so that a clip id and a class name, both strings on the wire, cannot be swapped in a call; the import validates the
 * text (ClipCollector), this record only refuses the empty text, which the codecs refuse too.
 */
public record ClipId(String fname) implements Comparable<ClipId> {

    public ClipId {
        Objects.requireNonNull(fname, "fname");
        if (fname.isEmpty()) {
            throw new IllegalArgumentException("a clip id is the clip's file name, not empty text");
        }
    }

    public static ClipId of(String fname) {
        return new ClipId(fname);
    }

    @Override
    public int compareTo(ClipId other) {
        return fname.compareTo(other.fname);
    }

    /** The file name itself, so that messages and CSV cells read as before. */
    @Override
    public String toString() {
        return fname;
    }
}
