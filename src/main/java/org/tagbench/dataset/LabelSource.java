package org.tagbench.dataset;

import java.util.Locale;

/** Where a label came from; the review ranks and overrides labels by their source. */
public enum LabelSource {
    CURATED, NOISY, USER, PSEUDO, MODEL;

    /** The lower-case name stored in the database, e.g. {@code "curated"}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelSource fromDbName(String dbName) {
        for (LabelSource source : values()) {
            if (source.dbName().equals(dbName)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown label source '" + dbName
                + "', expected one of curated, noisy, user, pseudo, model");
    }
}
