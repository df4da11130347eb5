package org.tagbench.store;

import java.util.List;

/** The provenance names a label can carry in the database, in the order reports list them. */
public final class LabelSources {
    public static final String CURATED = "curated";
    public static final String NOISY = "noisy";
    public static final String USER = "user";
    public static final String PSEUDO = "pseudo";
    public static final String MODEL = "model";
    public static final List<String> ALL = List.of(CURATED, NOISY, USER, PSEUDO, MODEL);

    private LabelSources() {}
}
