package org.tagbench.store;

import java.util.List;

/** How much of a clip's audio decodes, as stored in {@code clips.decode_status}. */
public final class DecodeStatus {
    /** Every sample the header promises decodes. */
    public static final String OK = "ok";
    /** Some audio decodes but not all (truncated file, damaged frames, NaN/Inf samples zeroed); the note says what was kept. */
    public static final String PARTIAL = "partial";
    /** The file is gone from the dataset; the clip stays only because reviewers decided on its labels. */
    public static final String MISSING = "missing";
    /** Imported before Tagbench checked decoding (schema 2 and older); the next import checks it. */
    public static final String UNCHECKED = "unchecked";
    public static final List<String> ALL = List.of(OK, PARTIAL, MISSING, UNCHECKED);

    private DecodeStatus() {}
}
