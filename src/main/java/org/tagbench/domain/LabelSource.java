package org.tagbench.domain;

import java.util.Locale;

/**
 * Where a label came from; the review ranks and overrides labels by their source, and training calls a clip by the
 * source it trains as (curated, noisy or pseudo). The declaration order is the order reports list sources in.
 */
public enum LabelSource {
    CURATED, NOISY, USER, PSEUDO, MODEL;

    /** The lower-case name stored in the database and written in run parameters, e.g. {@code "curated"}. */
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
