package org.tagbench.domain;

import java.util.Locale;

/** What the reviewers decided about a label: nothing yet, accepted (or added), or rejected. */
public enum LabelState {
    PENDING, ACCEPTED, REJECTED;

    /** The lower-case name stored in the database, e.g. {@code "pending"}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LabelState fromDbName(String dbName) {
        for (LabelState state : values()) {
            if (state.dbName().equals(dbName)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown label state '" + dbName + "', expected one of pending, accepted, rejected");
    }

    /** Rejected labels never count as ground truth, whatever their source. */
    public boolean isActive() {
        return this != REJECTED;
    }
}
